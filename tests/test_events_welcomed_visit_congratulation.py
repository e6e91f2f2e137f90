"""A visit the hosts welcome (主人欢迎X访问Y,祝贺…) stays a visit: the congratulation is the hosts' words."""

from __future__ import annotations

from test_events import events_of, only


def test_a_welcomed_visit_with_the_hosts_congratulations_stays_a_visit() -> None:
    evs = events_of(
        "3月9日,岘港市委书记黎文明拜会了柬埔寨首相洪玛奈。柬方领导人欢迎黎文明在两国友好年之际访问金边,"
        "祝贺越南成功举办国际烟花节。"
    )
    assert not [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "visit"], evs
    ev = only(evs, "CONSULT", "visit")
    assert [p["name"] for p in ev["source"]] == ["黎文明"], ev


def test_a_visit_made_to_congratulate_stays_support() -> None:
    evs = events_of("3月9日,岘港市委书记黎文明到访柬埔寨驻越南大使馆,祝贺柬埔寨国庆。")
    assert [e for e in evs if e["type"] == "SUPPORT"], evs
