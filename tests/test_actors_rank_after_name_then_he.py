"""``A部长和B·C部长签署了…``: the rank after A closes A's name, 和 joins the two signers; it is no
surname opening the dot name (和B·C), and A's name with his rank is no office of B. Sentences written
for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_rank_after_name_then_he_and_dot_name() -> None:
    rec = to_record(
        extract("两国办公厅签署备忘录\n\n越通社河内——5月8日,陶光荣部长和坎佩·西萨瓦部长签署了两国合作备忘录。(越通社-VNA)\n")
    )
    signs = [e for e in rec["events"] if e["type"] == "AGREE"]
    assert len(signs) == 1, rec["events"]
    names = [p["name"] for p in signs[0]["source"] + signs[0]["target"]]
    assert names == ["陶光荣", "坎佩·西萨瓦"], signs
