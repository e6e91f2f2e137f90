"""One leader who 出席(了)签署仪式 alone attends the ceremony of a signing told by its signers: no
AGREE of his own beside theirs (共同出席…签署仪式 and 见证 stay signings). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_leader_attending_the_signing_ceremony_is_no_second_signing() -> None:
    rec = to_record(
        extract(
            "两国办公厅签署备忘录\n\n越通社河内——5月8日,越南国家主席办公厅主任陶光荣和老挝国家主席办公厅主任坎佩·西萨瓦"
            "签署了两国合作备忘录。越南国家主席阮明哲出席了签署仪式。(越通社-VNA)\n"
        )
    )
    signs = [e for e in rec["events"] if e["type"] == "AGREE"]
    assert len(signs) == 1, signs
    assert signs[0]["source"][0]["name"] == "陶光荣"


def test_two_leaders_attending_together_still_sign() -> None:
    rec = to_record(
        extract("两国总理出席签署仪式\n\n越通社河内——5月8日,越南总理阮明哲与老挝总理坎佩·西萨瓦共同出席了签署仪式。(越通社-VNA)\n")
    )
    assert any(e["type"] == "AGREE" for e in rec["events"]), rec["events"]
