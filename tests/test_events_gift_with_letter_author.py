"""``A向智利高层领导递交国家主席X的信件以及移交…大米``: X wrote the letter; the side given to is 智利."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_letter_writer_is_not_given_the_gift() -> None:
    body = "5月3日,越南农业部长黎明慨向智利高层领导递交越南国家主席武文赏的信件以及象征性移交越南援助智利的1000吨大米。"
    text = f"越南向智利提供援助\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert aid, aid
    assert [t["name"] for t in aid[0]["target"]] == ["智利"], aid
    assert [s["name"] for s in aid[0]["source"]] == ["黎明慨"], aid
