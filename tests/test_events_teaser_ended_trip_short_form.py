"""A teaser whose headline tells a trip by its end with the destination's one-character form
(``X圆满结束访越之旅``) reports that visit, as ``圆满结束对越南的正式访问`` in its summary already did;
a summary that names the destination by its short form too (``圆满结束对越的正式访问``) no longer
leaves the teaser without its headline event."""

from __future__ import annotations

from dyad import extract, to_record

_MAIN = "越南国会主席会见外宾\n\n越通社河内——5月2日,越南国会主席阮文甲会见了挪威议会议长奥拉夫。(越通社-VNA)\n\n更多\n\n"


def _teaser_events(title: str, summary: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    rec = to_record(extract(f"{_MAIN}{title}\n\n{summary}\n"))
    return [
        (e["type"], e["mode"], [x["name"] for x in e["source"]], [x["name"] for x in e["target"]])
        for e in rec["events"]
        if e["section"] == "related"
    ]


def test_ended_trip_headline_with_short_form_is_the_visit() -> None:
    evs = _teaser_events("智利总统罗德里戈圆满结束访越之旅", "6月12日,智利总统罗德里戈一行离开河内,圆满结束对越的正式访问。")
    assert evs == [("CONSULT", "visit", ["罗德里戈"], ["越南"])], evs


def test_ended_trip_headline_to_china() -> None:
    evs = _teaser_events("老挝总理坎代圆满结束访华之旅", "9月3日,老挝总理坎代一行离开北京,圆满结束对华的正式访问。")
    assert evs == [("CONSULT", "visit", ["坎代"], ["中国"])], evs


def test_a_trip_still_ahead_is_not_ended() -> None:
    evs = _teaser_events("智利总统罗德里戈将访越", "智利总统罗德里戈将于6月10日至12日对越南进行正式访问。")
    assert all(mode == "visit" for _, mode, _, _ in evs), evs
