"""Words written in a condolence book, in the first person, are no second act of sympathy."""

from __future__ import annotations

from dyad import extract, to_record


def test_first_person_sympathy_in_a_condolence_book_is_the_visit_only() -> None:
    text = (
        "越南副总理陈明山到泰国驻越大使馆吊唁地震遇难者\n\n"
        "越通社河内——越南政府副总理陈明山2023年5月4日率越南政府代表团前往泰国驻河内大使馆吊唁地震遇难者,并在吊唁簿上留言。\n\n"
        "陈明山在吊唁簿上写道:“我们对2023年5月1日在泰国北部发生的地震夺走了许多居民的生命感到悲痛。\n\n"
        "我谨代表越南政府和人民并以我个人的名义,向泰国政府和人民以及遇难者家属致以最深切的慰问。”(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert [e["mode"] for e in evs] == ["visit"], evs


def test_a_leader_named_feeling_for_them_still_counts() -> None:
    text = (
        "越南国家主席向泰国人民表示慰问\n\n"
        "越通社河内——2023年5月4日,越南国家主席陈明山代表越南党和人民向泰国政府和人民以及遇难者家属表示深切慰问。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert any(p["name"] == "陈明山" for e in evs for p in e["source"]), evs
