"""``X出席并在此次会议上发表讲话`` after the forum was named attends that forum: 此次会议 points
back at it and is no forum of its own."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理出席峰会\n\n"
    "越通社河内——6月23日,越南政府总理黎文丙出席在缅甸内比都举行的第六届伊洛瓦底江-湄南河-湄公河"
    "经济合作战略峰会。\n\n"
    "越南政府总理黎文丙出席并在此次会议上发表讲话,提出多项合作建议。(完)\n"
)


def test_this_meeting_is_the_summit_named_before() -> None:
    events = to_record(extract(PAGE))["events"]
    targets = [t["name"] for e in events for t in e["target"]]
    assert "此次会议" not in targets, events
    assert targets and all(t == "第六届伊洛瓦底江-湄南河-湄公河经济合作战略峰会" for t in targets), events
