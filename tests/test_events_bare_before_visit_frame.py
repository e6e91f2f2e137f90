"""A clause opened by a bare visit frame (``访问B之前,A对C进行正式访问``, no 在) only times the
act told after the comma: the trip to B is told elsewhere on the page and no visitor of its own
is to be borrowed from the sentence before (a minister who signed something, say)."""

from __future__ import annotations

from test_events import visits_of

_visits = visits_of


PAGE = (
    "新西兰总理柯林开始对马来西亚进行访问\n\n"
    "越通社吉隆坡——新西兰总理柯林于2019年3月5日已抵达马来西亚,开始对该国进行访问。\n\n"
    "据越通社驻吉隆坡记者报道,同一天,马来西亚卫生部部长阿明·拉扎克与新西兰驻马来西亚大使彼得·格林"
    "签署了卫生领域的合作备忘录。\n\n"
    "访问马来西亚之前,新西兰总理柯林对越南进行正式访问。(完)\n\n越通社\n"
)


def test_the_bare_frame_lends_no_visit_to_the_signer() -> None:
    visits = _visits(PAGE)
    assert not any("阿明·拉扎克" in s for s, _t in visits), visits
    assert (["柯林"], ["越南"]) in visits, visits
    assert (["柯林"], ["马来西亚"]) in visits, visits

