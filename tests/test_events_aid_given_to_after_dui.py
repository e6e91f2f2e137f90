"""Aid told with 对 before the side given to and the verb right after it (``A对越南提供了…援助``,
``A是…地区对越南提供无偿援助最多的国家,截至目前援助总额…``) runs from A to that side, like
``A向越南提供``; a place after 是 only describes the giver. Sentences written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(text: str) -> list[dict]:
    rec = to_record(extract(text))
    return [e for e in rec["events"] if e["type"] == "AID"]


def _names(side: list[dict]) -> list[str]:
    return [m["name"] for m in side]


def test_dui_before_the_verb_names_the_recipient() -> None:
    ev = _aid("芬兰援助越南\n\n越通社河内——芬兰对越南提供了500万美元的无偿援助。(越通社—VNA)\n")
    assert len(ev) == 1
    assert _names(ev[0]["source"]) == ["芬兰"] and _names(ev[0]["target"]) == ["越南"]


def test_running_total_after_dui_clause_keeps_giver_and_recipient() -> None:
    text = (
        "挪威与越南发展合作\n\n越通社河内——挪威是北欧地区对越南提供无偿援助最多的国家之一,"
        "截至目前援助总额超过了5亿美元。(越通社—VNA)\n"
    )
    ev = _aid(text)
    assert len(ev) == 1
    assert _names(ev[0]["source"]) == ["挪威"] and _names(ev[0]["target"]) == ["越南"]


def test_aid_thanked_for_after_dui_is_not_read_as_given_to() -> None:
    # 对 opening what is thanked for, the verb not right after the side: the rule does not apply
    from dyad.extraction.events import _GIVEN_TO_DUI

    assert _GIVEN_TO_DUI.search("陈明感谢丹麦政府对越南经济社会发展事业所提供的援助") is None
    assert _GIVEN_TO_DUI.search("芬兰对越南提供的援助") is None
