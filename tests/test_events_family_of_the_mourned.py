"""The family of the one mourned (X家属, X主席家属) is no side of a condolence."""

from __future__ import annotations

from test_events import events_of, names


def test_a_condolence_to_the_leader_and_the_family_keeps_only_the_leader() -> None:
    evs = events_of(
        "2024年7月20日,老挝国家主席通伦·西苏里向越南国家主席苏林致唁电。"
        "通伦·西苏里代表老挝党和人民向苏林总书记表示深切哀悼,并通过苏林总书记向原越共中央总书记杜梅家属致以诚挚慰问。"
    )
    sides = [n for e in evs for n in names(e["source"]) + names(e["target"])]
    assert not [n for n in sides if n.endswith("家属")], evs
    assert len([e for e in evs if e["type"] == "SUPPORT"]) == 1, evs


def test_the_chairman_mourned_before_his_family_takes_no_part() -> None:
    evs = events_of("2024年7月20日,柬埔寨首相洪玛奈向越南政府总理范明政以及陈大光主席家属致唁电。")
    ev = next(e for e in evs if e["type"] == "SUPPORT")
    assert names(ev["target"]) == ["范明政"], evs


def test_the_one_a_state_funeral_is_held_for_sends_nothing() -> None:
    evs = events_of(
        "2030年3月2日,蒙古总统呼日勒苏赫向越南国家主席苏林致唁电。",
        "老挝为越南原国家主席武文赏举行两天国葬 多国领导继续致唁电",
    )
    senders = [n for e in evs for n in names(e["source"])]
    assert "武文赏" not in senders, evs
