"""``此次出访从6月25日至28日进行``: the trip's days stated in a sentence of their own are the
visit's, when the sentence that reports it gives only the day of departure."""

from __future__ import annotations

from dyad import extract, to_record


def test_trip_days_stated_after_the_departure() -> None:
    text = (
        "越南政府总理黎青松启程对泰国进行正式访问\n\n越通社河内——2023年6月25日中午,越南政府总理黎青松率越南高级代表团"
        "离开河内,启程对泰国进行正式访问。此次出访从6月25日至28日进行。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and visits[0]["date"] == "2023-06-25/2023-06-28"
