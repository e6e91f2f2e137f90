"""A plan whose only time is a year inside the name of what is to be held (``双方将举行2031年…座谈会``,
``领导人将签署2031年底建成…的文件``) has no time of its own: the annotators leave such plans out. A
plan with its days, or with a year told before the verb, stays. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str]]]:
    page = f"国家主席会见大使\n\n越通社河内——{body}(越通社-VNA)\n\n越通社\n"
    return [
        (e["mode"], e["date"], [p["name"] for p in e["target"]]) for e in to_record(extract(page))["events"]
    ]


def test_documents_to_be_signed_named_by_a_year_are_left_out() -> None:
    body = (
        "2030年11月6日,越南国家主席陈文甲在主席府会见老挝驻越大使宋平。"
        "陈文甲表示,两国领导人将签署2031年底建成经济走廊的各相关文件。"
    )
    assert _events(body) == [("meeting", "2030-11-06", ["陈文甲"])]


def test_seminar_to_be_held_named_by_its_year_is_left_out() -> None:
    body = (
        "2030年11月6日,越南国家主席陈文甲在主席府会见中国驻越大使王明。"
        "陈文甲表示,双方将举行2031年越中经贸合作座谈会。"
    )
    assert _events(body) == [("meeting", "2030-11-06", ["陈文甲"])]


def test_plan_with_its_days_stays() -> None:
    body = "陈文甲表示,老挝国家主席宋平将于2031年3月4日至6日对越南进行国事访问。"
    assert [m for m, _d, _t in _events(body)] == ["visit"]


def test_plan_with_a_year_before_the_verb_stays() -> None:
    body = "陈文甲表示,老挝国家主席宋平将于2031年对越南进行国事访问。"
    assert [m for m, _d, _t in _events(body)] == ["visit"]
