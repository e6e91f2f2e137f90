"""Two sides who 举行战略沟通 hold talks; strengthening it or holding it from now on is no event."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越老两国外长会晤\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]


def test_a_held_strategic_communication_is_talks() -> None:
    evs = _events("4月2日上午,越南外交部长黎文松同老挝外交部长宋沙平在万象举行战略沟通。")
    assert [e["mode"] for e in evs] == ["talks"], evs


def test_communication_to_be_held_from_now_on_is_no_event() -> None:
    evs = _events("4月2日上午,越南外交部长黎文松会见老挝外交部长宋沙平。双方同意加强战略沟通,今后将定期举行战略沟通。")
    assert [e["mode"] for e in evs] == ["meeting"], evs
