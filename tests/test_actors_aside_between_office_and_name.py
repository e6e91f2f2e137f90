"""``…众议员(某州)约翰·史密斯``: a short CJK aside (state, party) written between the office and
the name does not cut the office off the name; the person keeps the office and its country."""

from __future__ import annotations

from dyad import extract, to_record


def event_targets(body: str) -> list[tuple[str, str | None, str | None]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    rec = to_record(extract(page))
    return [(p["name"], p.get("title"), p.get("country")) for e in rec["events"] for p in e["target"]]


def test_state_aside_keeps_office_and_country() -> None:
    got = event_targets(
        "越南国会主席黎文甲3月5日与美国众议院预算委员会委员、民主党籍众议员(北岭州)约翰·史密斯(John Smith)举行会谈。"
    )
    assert ("约翰·史密斯", "民主党籍众议员", "USA") in got, got

