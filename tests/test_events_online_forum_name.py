"""A forum held online keeps its whole name: ``在线`` (online) is no ``在`` opening a place before
the name (``出席第五次东盟-加拿大领导人在线会议`` attends that meeting, not ``线会议``)."""

from __future__ import annotations

from dyad import extract, to_record


def test_online_summit_keeps_its_name() -> None:
    rec = to_record(
        extract("总理出席会议\n\n越通社河内——10月3日,越南政府总理范明政出席第五次东盟-加拿大领导人在线会议并发表讲话。\n")
    )
    attended = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert attended, rec["events"]
    names = [p["name"] for e in attended for p in e["target"]]
    assert "第五次东盟-加拿大领导人在线会议" in names, names
