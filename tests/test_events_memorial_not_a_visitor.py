"""A statue or a memorial space named after someone (``胡志明主席塑像``, ``胡志明空间``) is a place the
visitor goes to, not a second visitor acting beside him in the talks that follow."""

from __future__ import annotations

from test_events import events_of, names


def test_statue_and_memorial_space_are_no_side_of_the_talks() -> None:
    evs = events_of(
        "访问法国期间,越南国会副主席阮春明前往巴黎公园向胡志明主席塑像敬献鲜花并参观胡志明空间;"
        "同法国参议院议长拉尔谢(Gerard Larcher)举行会谈;会见法国共产党全国书记鲁塞尔(Fabien Roussel)。"
    )
    consults = [e for e in evs if e["type"] == "CONSULT" and e["mode"] in {"talks", "meeting"}]
    assert consults, evs
    for e in consults:
        assert names(e["source"]) == ["阮春明"], e
    assert not [e for e in evs if "胡志明" in names(e["source"]) + names(e["target"])], evs
