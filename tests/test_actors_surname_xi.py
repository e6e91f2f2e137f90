"""郗 is a Chinese family name: ``中国驻越南岘港市总领事郗明`` names a person, not only China."""

from __future__ import annotations

from dyad import extract, to_record


def test_xi_opens_a_name_after_an_office() -> None:
    text = (
        "越南副外长会见中国驻岘港总领事\n\n越通社河内——越南外交部副部长黎明3月7日在外交部总部会见了中国驻越南岘港市"
        "总领事郗明。(越通社-VNA)\n越通社\n"
    )
    [ev] = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert "郗明" in {m["name"] for m in ev["source"] + ev["target"]}
