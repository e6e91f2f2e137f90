"""``分别与美国…参议员A(Latin),以及参议院…委员、参议员B通电话``: the second person of a list joined by
``,以及`` shares the country named at the list's head, even when their own office chain is long."""

from __future__ import annotations

from dyad import extract, to_record


def targets(body: str) -> list[tuple[str, str | None]]:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    return [(p["name"], p.get("country")) for e in to_record(extract(page))["events"] for p in e["target"]]


def test_second_senator_after_comma_yiji_shares_country() -> None:
    got = targets(
        "越共中央总书记黎文甲3月5日分别与美国参议院外交关系委员会委员、共和党籍参议员约翰·史密斯(John Smith),"
        "以及参议院拨款委员会委员、民主党籍参议员彼得·布朗(Peter Brown)通电话。"
    )
    assert ("彼得·布朗", "USA") in got, got


def test_member_of_two_committees_keeps_chain_from_the_body() -> None:
    got = targets(
        "越共中央总书记黎文甲3月5日分别与美国参议院外交关系委员会委员、共和党籍参议员约翰·史密斯(John Smith),"
        "以及参议院外交关系委员会和拨款委员会委员、民主党籍参议员彼得·布朗(Peter Brown)通电话。"
    )
    assert ("彼得·布朗", "USA") in got, got
