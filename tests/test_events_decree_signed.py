"""A decree a leader signs (命令, 法令) is one side's own act: no AGREE event."""

from __future__ import annotations

from test_events import events_of


def test_a_signed_decree_is_no_agreement() -> None:
    evs = events_of("2023年5月2日,白俄罗斯总统卢卡申科签署关于向外国公民授予友谊勋章的第97号命令。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_signed_law_decree_is_no_agreement() -> None:
    evs = events_of("2023年5月2日,蒙古总统呼日勒苏赫签署了一项法令。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_an_agreement_signed_with_a_decree_word_after_it_stays() -> None:
    evs = events_of("2023年5月2日,越南与白俄罗斯签署合作协定,以落实两国领导人的命令。")
    assert [e for e in evs if e["type"] == "AGREE"], evs


def test_a_signed_ministerial_decision_is_no_agreement() -> None:
    evs = events_of("2022年3月4日,某国交通部长签署关于设立道路安全咨询小组的决定,该小组将每季度开会。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_an_agreement_signed_before_a_decision_verb_stays() -> None:
    evs = events_of("2022年3月4日,老挝与柬埔寨签署了合作协议,并决定成立联合工作组。")
    assert [e for e in evs if e["type"] == "AGREE"], evs
