"""A visit paid to a mission posted abroad (``前往越南驻老挝大使馆吊唁``) in a story told from Hanoi
happened where the mission is, not at the dateline: no place is given. Sentences written for the
test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

PAGE = (
    "多国领导人吊唁越南国家主席黄文德\n\n"
    "越通社河内——越南国家主席黄文德于2031年3月2日逝世。\n\n"
    "3月4日,中国国家主席李明前往越南驻华大使馆吊唁黄文德逝世,并在吊唁簿上题词。\n\n"
    "同日,老挝国会主席坎占率老挝国会代表团前往越南驻老挝大使馆吊唁,并签写吊唁簿。\n\n"
    "3月5日,泰国总理颂猜率泰国政府代表团前往河内吊唁黄文德。(完)\n"
)


def _visits() -> dict[str, dict]:
    rec = to_record(extract(PAGE.encode("utf-8")))
    return {e["source"][0]["name"]: e for e in rec["events"] if e["mode"] == "visit"}


def test_condolence_visit_to_mission_abroad_has_no_dateline_place() -> None:
    evs = _visits()
    assert evs["李明"]["target"][0]["name"] == "越南驻华大使馆"
    assert evs["李明"]["location"] is None
    assert evs["坎占"]["location"] is None


def test_condolence_visit_to_the_dateline_city_keeps_it() -> None:
    assert _visits()["颂猜"]["location"] == "河内"
