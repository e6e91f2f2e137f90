"""正式 (formally) before 签署/签订 changes nothing about the signing told: the words before it (所, 已,
两国 with a tally after the verb) are read as they are right before a bare 签署. Sentences written for
the test."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(body: str) -> list[dict]:
    rec = to_record(extract(f"两省加强合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AGREE" and e["section"] == "main"]


def test_documents_the_sides_formally_signed_named_as_a_footing_are_no_signing() -> None:
    for verb in ("所签署", "所正式签署", "所正式签订"):
        body = f"4月2日,甲省省长阮文东会见乙国大使佩德罗·马丁。双方同意推动两国{verb}的合作协议有效落实。"
        assert _signings(body) == [], verb


def test_a_tally_of_documents_formally_signed_is_no_signing() -> None:
    for verb in ("签署", "正式签署"):
        body = f"4月2日,甲省省长阮文东会见乙国大使佩德罗·马丁。两国{verb}多项合作协议和协定,进而为双边关系打下基础。"
        assert _signings(body) == [], verb


def test_a_formal_signing_told_with_its_day_is_still_a_signing() -> None:
    body = "4月2日,越南甲省人民委员会主席阮文东与老挝乙省省长坎蓬·西拉正式签署了两省合作备忘录。"
    signs = _signings(body)
    assert len(signs) == 1, signs
    assert signs[0]["source"][0]["name"] == "阮文东"
    assert [p["name"] for p in signs[0]["target"]] == ["坎蓬·西拉"]
