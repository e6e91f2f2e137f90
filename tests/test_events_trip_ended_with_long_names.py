"""``圆满结束对埃塞俄比亚联邦民主共和国和阿拉伯埃及共和国进行的国事访问``: a trip told by its end, the
countries named in full, is no visit of its own when each leg is told with its days."""

from __future__ import annotations

from dyad import extract, to_record


def test_trip_end_with_long_official_names_adds_no_visit() -> None:
    text = (
        "越南国家主席武文赏圆满结束智利和秘鲁之行\n\n"
        "越通社河内——5月30日上午,越南国家主席武文赏已回到河内,圆满结束对智利共和国和秘鲁共和国进行的国事访问。\n\n"
        "应智利总统加夫列尔·博里奇(Gabriel Boric)和秘鲁总统迪娜·博鲁阿尔特(Dina Boluarte)的邀请,"
        "越南国家主席武文赏于2023年5月20日至23日对智利进行国事访问,于23日至27日对秘鲁进行国事访问。(越通社——VNA)\n越通社\n"
    )
    visits = [e["date"] for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert sorted(visits) == ["2023-05-20/2023-05-23", "2023-05-23/2023-05-27"], visits
