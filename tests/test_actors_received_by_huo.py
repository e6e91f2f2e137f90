"""Real-page audit (h54): ``X社长Y获日本首相Z接见`` (Y is received by Z). 获 is a verb: it ends
Z's office chain on its left, so Z's title is ``日本首相`` (country JPN), not a chain reaching back
over Y's office and name."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> dict[str, tuple[str | None, str | None]]:
    rec = to_record(extract(f"越南代表团访问日本\n\n越通社东京——{body}\n"))
    return {p["name"]: (p["title"], p["country"]) for e in rec["events"] for p in e["source"] + e["target"]}


def test_received_by_a_foreign_leader() -> None:
    got = _people("3月2日在首都东京,越通社社长阮明哲获日本首相田中一郎接见。")
    assert got.get("田中一郎") == ("日本首相", "JPN"), got


def test_received_by_a_minister_after_a_delegation() -> None:
    got = _people("5月9日,越南友好协会代表团团长黎文平获老挝外交部长通萨万接见。")
    assert got.get("通萨万") == ("老挝外交部长", "LAO"), got
