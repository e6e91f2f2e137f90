"""``分别与美国…众议员A(Latin),以及众议院…委员、众议员B通电话``: the second person of a list joined by
``,以及`` shares the country named at the list's head, even when their own office chain is long."""

from __future__ import annotations

from dyad import extract, to_record


def targets(body: str) -> list[tuple[str, str | None]]:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    return [(p["name"], p.get("country")) for e in to_record(extract(page))["events"] for p in e["target"]]


def test_second_member_after_comma_yiji_shares_country() -> None:
    got = targets(
        "越南国会主席黎文甲3月5日分别与美国众议院预算委员会委员、民主党籍众议员约翰·史密斯(John Smith),"
        "以及众议院司法委员会委员、民主党籍众议员彼得·布朗(Peter Brown)通电话。"
    )
    assert ("彼得·布朗", "USA") in got, got


def test_member_of_two_committees_keeps_chain_from_the_body() -> None:
    got = targets(
        "越南国会主席黎文甲3月5日分别与美国众议院预算委员会委员、民主党籍众议员约翰·史密斯(John Smith),"
        "以及众议院预算委员会和司法委员会委员、民主党籍众议员彼得·布朗(Peter Brown)通电话。"
    )
    assert ("彼得·布朗", "USA") in got, got
