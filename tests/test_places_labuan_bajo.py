"""纳闽巴焦市 (Labuan Bajo, Indonesia) is one place: its first two characters are not read as
Malaysia's 纳闽 island."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南外长会见菲律宾外长\n\n"
    "越通社河内——出席在印度尼西亚纳闽巴焦市举行的东盟外长会议期间,6月8日,越南外交部长阮文乙"
    "会见了菲律宾外交部长胡安·桑托斯。(越通社——VNA)\n"
)


def test_labuan_bajo_is_one_place() -> None:
    events = to_record(extract(PAGE))["events"]
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert meetings, events
    assert meetings[0]["location"] == "纳闽巴焦市", meetings
