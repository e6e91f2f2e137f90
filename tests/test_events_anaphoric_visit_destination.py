"""A visit whose destination points back at places already named (``对东盟这两个成员国进行访问``,
``访问这些国家``) repeats the trip told before; it is no second visit, least of all one to the
bloc those places belong to."""

from __future__ import annotations

from test_events import visits_of

_visits = visits_of


PAGE = (
    "挪威首相奥拉夫计划于5月访问泰国和老挝\n\n"
    "越通社河内——越通社驻奥斯陆记者报道,挪威新任首相奥拉夫计划将于5月中旬访问泰国和老挝。\n\n"
    "4月2日,挪威通讯社援引官方消息称,奥拉夫将同泰国总理和老挝总理举行会谈。\n\n"
    "挪威首相在该国寻求加强与东盟各国合作关系的背景下考虑对东盟这两个成员国进行访问。(完)\n\n越通社\n"
)


def test_the_two_member_states_are_no_new_destination() -> None:
    visits = _visits(PAGE)
    assert not any("东盟" in t for _s, ts in visits for t in ts), visits
    assert len(visits) == 1, visits
