"""An aid act with no time of its own does not borrow the founding day of relations told in an
earlier paragraph; and ``两国通过多种方式提供援助`` names no one who receives: it describes the
relations, it is no aid event."""

from __future__ import annotations

from dyad import extract, to_record

_TEXT = (
    "越新专家:两国关系将日益向前迈进\n\n"
    "越通社河内——值此越南与新西兰建交50周年之际,越通社驻惠灵顿记者已对两位专家进行采访。\n\n"
    "两位专家均认为,新西兰于1975年6月19日与越南正式建立外交关系这一事件为两国关系打下了基础。\n\n"
    "两国通过多种方式提供援助,最后一致同意在长期合作的基础上提供援助。在此基础上,新西兰为越南北部"
    "一座水电站建设项目提供援助,这是新西兰当时规模最大的援建项目。(越通社——VNA)\n"
)


def _aid() -> list[dict]:
    return [e for e in to_record(extract(_TEXT))["events"] if e["type"] == "AID"]


def test_aid_does_not_borrow_the_founding_day_of_an_earlier_paragraph() -> None:
    aid = _aid()
    assert [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in aid] == [(["新西兰"], ["越南"])]
    assert aid[0]["date"] is None


def test_pair_word_giving_to_no_one_is_no_aid_event() -> None:
    assert all([m["name"] for m in e["source"]] != ["两国"] for e in _aid())
