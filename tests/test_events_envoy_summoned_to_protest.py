"""An envoy summoned to hear a protest (``A约见/召见B,就此事提出交涉``, ``递交抗议照会``) is ACCUSE,
CAMEO 114 (complain officially), from the one who summons to the envoy's side; it is an act of its
own beside a spokesperson's protest the same day (111), and a name ends before 约见/召见."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

PAGE = "越南就中方演习表明立场\n\n越通社河内——{}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "同日,越南外交部副部长黎氏秋恒约见中国驻越南大使何炜,就此事提出严正交涉。",
        "同日,越南外交部副部长黎氏秋恒召见中国驻越南大使何炜,递交抗议照会。",
    ],
)
def test_summons_with_a_protest(sentence: str) -> None:
    statement = "8月5日,越南外交部发言人范秋姮表示,越南坚决反对中方在越南海域举行演习。"
    events = to_record(extract(PAGE.format(statement + sentence)))["events"]
    summons = [e for e in events if e["cameo"] == "114"]
    assert len(summons) == 1, events
    assert [p["name"] for p in summons[0]["source"]] == ["黎氏秋恒"]
    assert [(p["name"], p["country"]) for p in summons[0]["target"]] == [("何炜", "CHN")]
    assert any(e["cameo"] == "111" and e["source"][0]["name"] == "范秋姮" for e in events), events


def test_summons_to_brief_is_no_protest() -> None:
    events = to_record(extract(PAGE.format("8月5日,越南外交部副部长黎氏秋恒约见各国驻越南大使,通报有关情况。")))["events"]
    assert not [e for e in events if e["type"] == "ACCUSE"], events


@pytest.mark.parametrize(
    "sentence",
    [
        "8月6日,越南驻法国大使馆临时代办阮文甲向法国外交部亚洲司司长皮埃尔·杜邦(Pierre Dupont)发出公函,"
        "对法国议员让·马丁(Jean Martin)日前发表的涉越言论深表担忧。",
        "8月6日,越南驻法国大使馆临时代办阮文甲向法国外交部亚洲司司长皮埃尔·杜邦(Pierre Dupont)递交抗议照会。",
    ],
)
def test_a_letter_of_protest_is_an_accuse_message_to_its_addressee(sentence: str) -> None:
    events = to_record(extract(PAGE.format(sentence)))["events"]
    sent = [e for e in events if (e["type"], e["mode"]) == ("ACCUSE", "message")]
    assert len(sent) == 1, events
    assert [p["name"] for p in sent[0]["source"]] == ["阮文甲"]
    assert [p["name"] for p in sent[0]["target"]] == ["皮埃尔·杜邦"]


def test_a_letter_with_no_protest_is_no_accusation() -> None:
    sentence = "8月6日,越南驻法国大使馆向法国外交部亚洲司司长皮埃尔·杜邦(Pierre Dupont)发出公函,邀请甲方出席招待会。"
    events = to_record(extract(PAGE.format(sentence)))["events"]
    assert not [e for e in events if e["type"] == "ACCUSE"], events
