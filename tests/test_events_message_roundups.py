"""Round-ups of congratulations: national-day messages, and messages "sent in" without an addressee."""

from __future__ import annotations

from dyad.document import normalise_width
from test_events import events_of, names, only


def test_a_national_day_message_from_several_leaders_to_several_is_one_message() -> None:
    evs = events_of(
        "2019年9月1日,老挝国家主席本扬·沃拉吉、政府总理通伦·西苏里等领导人向越共中央总书记阮富仲、"
        "政府总理阮春福等致国庆贺电。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["本扬·沃拉吉", "通伦·西苏里"]
    assert names(ev["target"]) == ["阮富仲", "阮春福"]


def test_messages_sent_in_go_to_the_one_congratulated_after_the_comma() -> None:
    evs = events_of("2021年4月6日,老挝、柬埔寨和古巴等国领导人发来贺电,祝贺阮春福当选越南国家主席。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["老挝", "柬埔寨", "古巴"] and names(ev["target"]) == ["阮春福"]


def test_a_named_sender_of_a_message_sent_in_outranks_the_countries() -> None:
    evs = events_of("2021年4月6日,古巴国家主席米格尔·迪亚斯-卡内尔发来贺信,祝贺阮春福当选越南国家主席。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["米格尔·迪亚斯-卡内尔"] and names(ev["target"]) == ["阮春福"]


def test_the_occasion_told_with_zhi_but_without_ci_names_no_sender() -> None:
    evs = events_of("值越南国庆74周年之际,2019年9月1日,老挝和柬埔寨向越南致贺电。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["老挝", "柬埔寨"] and names(ev["target"]) == ["越南"]


def test_other_name_dots_fold_to_the_middle_dot() -> None:
    assert normalise_width("皮埃尔•洛朗、巴妮・雅陶都") == "皮埃尔·洛朗、巴妮·雅陶都"


def test_a_cable_sent_to_celebrate_an_anniversary_is_a_message() -> None:
    """``A已致电B庆祝…成立N周年``, ``A致电B祝贺…`` (no comma): a message from A to B."""
    evs = events_of(
        "柬埔寨外交大臣布拉索昆已致电越南外交部长裴青山庆祝越南外交部门成立80周年。"
        "另外,泰国外交部长班比已致电裴青山祝贺越南外交部门成立80周年。"
    )
    msgs = [e for e in evs if (e["type"], e["mode"]) == ("SUPPORT", "message")]
    assert sorted(names(e["source"])[0] for e in msgs) == ["布拉索昆", "班比"], evs
    assert all(names(e["target"]) == ["裴青山"] for e in msgs), msgs


def test_a_message_to_the_two_elected_goes_to_the_people_of_the_occasion() -> None:
    """``值此A当选…、B当选…之际,X、Y分别向两位当选领导人致贺电``: the addressees are named only in the
    occasion, before the message; they are its targets, not the bodies in the senders' titles."""
    evs = events_of(
        "2024年3月5日,值此彼得·佩莱格里尼当选斯洛伐克总统、罗伯特·菲佐当选斯洛伐克总理之际,"
        "越南国家主席武文赏、政府总理范明政分别向两位当选领导人致贺电。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["武文赏", "范明政"]
    assert names(ev["target"]) == ["彼得·佩莱格里尼", "罗伯特·菲佐"], ev["target"]
