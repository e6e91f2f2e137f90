"""``越通社河内——据越通社驻智利记者报道,智利媒体竞相报道X访越期间…``: the correspondent tells what the
press of his post writes; the acts it reports are not placed in that country for his post alone."""

from __future__ import annotations

from dyad import extract, to_record


def _places(opening: str) -> list[str | None]:
    text = (
        "智利舆论关注两国合作\n\n越通社河内——" + opening + "\n\n"
        "报道称,5月3日,卡洛斯·罗哈斯将分别会见越南国家主席阮文甲和政府总理陈文乙。\n"
    )
    return [e["location"] for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_press_reports_told_by_the_correspondent() -> None:
    opening = "据越通社驻智利记者报道,智利媒体5月2日和3日竞相报道该国总统卡洛斯·罗哈斯访越期间开展的活动。"
    assert "智利" not in _places(opening), _places(opening)


def test_acts_told_by_the_correspondent_himself_are_at_his_post() -> None:
    opening = "据越通社驻智利记者报道,5月2日,智利总统卡洛斯·罗哈斯在圣地亚哥出席越南文化周开幕式。"
    assert set(_places(opening)) <= {"智利", "圣地亚哥"}, _places(opening)
