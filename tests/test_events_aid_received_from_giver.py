"""``A获得B提供的…援助``: aid received, the giver named before 提供的, runs from the giver B to
the one who received it (event_triggers v57)."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    text = f"两国合作抗灾\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]


def test_aid_received_runs_from_the_giver() -> None:
    events = _aid("2021年6月8日,蒙古人民获得新西兰提供的帐篷和药品等援助。")
    got = [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in events]
    assert got == [(["新西兰"], ["蒙古"])], events


def test_aid_got_with_degei_runs_from_the_giver() -> None:
    events = _aid("2020年3月2日,斐济得到了澳大利亚捐赠的医疗物资。")
    got = [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in events]
    assert got == [(["澳大利亚"], ["斐济"])], events
