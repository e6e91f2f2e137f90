"""Banks that sign loans: a bank's name holding 与 (越南投资与发展银行) stays whole, and a name
with an acronym in brackets (``…银行(ABCB)代表``) is a body, not a person's transliterated name."""

from __future__ import annotations

from dyad import extract, to_record


def _signing(body: str) -> tuple[list[str], list[str]]:
    text = f"甲国与越南签署贷款合同\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert len(evs) == 1, evs
    e = evs[0]
    return [a["name"] for a in e["source"]], [a["name"] for a in e["target"]]


def test_a_bank_name_with_yu_is_not_split() -> None:
    src, tgt = _signing("越南投资与发展股份商业银行日前已与老挝政府代表签署了总额为1亿美元的贷款合同。")
    assert src == ["越南投资与发展股份商业银行"] and tgt == ["老挝政府"]


def test_an_acronym_in_brackets_names_a_body() -> None:
    src, tgt = _signing("3月5日在首都万象,老挝政府代表同越南甲乙银行(ABCB)代表签署了贷款合同。")
    assert src == ["老挝政府"] and tgt == ["越南甲乙银行"]
