"""Real-page audit (h90): ``…第75届联合国大会一般性辩论开幕。…X率领的越南高级代表团出席。``: a
bare 出席 ending its sentence attends the summit-level or numbered forum told just before, and
takes that sentence's day (the headline's attendance alone had no day). A ceremony at home told
before (纪念大会) stays no forum attended."""

from __future__ import annotations

from dyad import extract, to_record


def _forum_events(body: str) -> list[dict]:
    rec = to_record(extract(f"越南领导人出席会议\n\n越通社河内——{body}\n"))
    return [e for e in rec["events"] if e["mode"] == "multilateral"]


def test_bare_attendance_after_numbered_forum() -> None:
    got = _forum_events("9月22日上午在美国纽约,第75届联合国大会一般性辩论开幕。越南国家主席黎文乙率领的越南高级代表团出席。")
    assert any(
        [m["name"] for m in e["source"]] == ["黎文乙"] and e["date"] == "2020-09-22" for e in got
    ), got


def test_bare_attendance_after_summit() -> None:
    got = _forum_events("11月5日,东盟与日本领导人会议在雅加达开幕。越南政府总理黎文乙出席。")
    assert any([m["name"] for m in e["source"]] == ["黎文乙"] for e in got), got


def test_bare_attendance_after_home_ceremony_is_none() -> None:
    assert not _forum_events("5月18日,纪念国际博物馆日大会在河内举行。越南国家主席黎文乙出席。")
