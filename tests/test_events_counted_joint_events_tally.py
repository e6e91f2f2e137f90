"""共同举行了近200项…活动: a counted tally of joint events is none of its own (as 许多/一系列 were not)."""

from __future__ import annotations

from dyad import extract, to_record


def _cooperation(body: str) -> list[dict]:
    text = f"越南副总理会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]


def test_a_counted_tally_of_joint_events_is_no_event() -> None:
    body = "5月6日,越南政府副总理黎文明会见韩国外交部副部长金正浩。2022年,越南与韩国共同举行了逾150项纪念活动。"
    assert _cooperation(body) == [], _cooperation(body)


def test_a_joint_event_is_still_one() -> None:
    body = "2022年5月6日,越南与韩国在河内共同举办越韩文化节。"
    assert _cooperation(body), body
