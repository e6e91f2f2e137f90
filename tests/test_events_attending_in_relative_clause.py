"""``正在美国纽约出席X的越南外交部长A会见了B``: A, whom the relative clause ends on, attends X even
when nothing but places stand before 出席 (or nothing at all); not the body of A's office."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("where", ["美国纽约", ""])
def test_the_person_the_clause_ends_on_attends(where: str) -> None:
    body = f"9月24日,正在{where}出席第78届联合国大会高级别会议的越南外交部长裴青山会见了新西兰外长。"
    rec = to_record(extract(f"外长出席联大\n\n越通社纽约——{body}\n"))
    attended = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["source"]] for e in attended] == [["裴青山"]], rec["events"]
