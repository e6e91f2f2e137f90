"""``X在会见中介绍了…``, ``会晤中,…``: words said inside a meeting already told; the phrase names
that meeting, it tells no second one (``会见中国代表团`` still does)."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([m["name"] for m in e["source"]], [m["name"] for m in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["section"] == "main" and e["type"] == "CONSULT"
    ]


_PAGE = (
    "广南省促进与日本千叶县的合作\n\n越通社广南省——4月9日,广南省人民委员会副主席黎文强会见来访的"
    "日本千叶县副知事田中浩。\n\n{said}\n\n田中浩表示,希望两地加强合作。(越通社-VNA)\n越通社\n"
)


def test_words_said_in_the_meeting_tell_no_second_meeting() -> None:
    for said in ("黎文强在会见中介绍了广南省经济社会发展情况。", "黎文强在会晤中表示,欢迎日本企业来广南省投资。"):
        assert _meetings(_PAGE.format(said=said)) == [(["田中浩"], ["黎文强"])]


def test_a_meeting_with_a_chinese_guest_still_counts() -> None:
    said = "同日,黎文强还会见中国驻岘港总领事王明。"
    assert len(_meetings(_PAGE.format(said=said))) == 2


def test_a_meeting_told_as_the_frame_of_words_still_counts() -> None:
    said = "*在与中国驻岘港总领事王明的会晤中,黎文强建议双方加强旅游合作。"
    assert len(_meetings(_PAGE.format(said=said))) == 2
    said = "黎文强在此次会见中介绍了广南省经济社会发展情况。"
    assert len(_meetings(_PAGE.format(said=said))) == 1
