"""纳闽巴霍, the other written form of Labuan Bajo (Indonesia), is not read as Malaysia's 纳闽."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南外长出席东盟外长会议\n\n"
    "越通社河内——6月8日,越南外交部长阮文乙在印度尼西亚纳闽巴霍出席第99届东盟外长会议。"
    "(越通社——VNA)\n"
)


def test_labuan_bajo_other_spelling_is_in_indonesia() -> None:
    events = to_record(extract(PAGE))["events"]
    assert events, events
    assert events[0]["location_country"] == "IDN", events
