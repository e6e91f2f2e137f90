"""``…大使馆举行活动庆祝越南国庆。…出席活动的X国交通部长Y代表…致以节日祝福``: a guest of a
national-day occasion named later in the same item of a roundup, as the one who attended it, is
the one it is held with; the next item (opened with *) lends no guest."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    text = f"旅外越南人欢度国庆\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_guest_named_later_in_the_item() -> None:
    body = (
        "*9月4日在肯尼亚内罗毕,越南驻肯尼亚大使馆举行活动庆祝越南第80个国庆。\n\n"
        "越南驻肯尼亚大使陈文明强调两国关系良好发展。\n\n"
        "出席活动的肯尼亚交通部长奥马尔(Ali Omar)代表肯尼亚政府向越南人民致以节日祝福。"
    )
    got = [(e["type"], e["source"][0]["name"], e["target"][0]["name"]) for e in _main(body)]
    assert got == [("SUPPORT", "越南驻肯尼亚大使馆", "奥马尔")], got


def test_guest_of_the_next_item_is_not_lent() -> None:
    body = (
        "*9月4日在肯尼亚内罗毕,越南驻肯尼亚大使馆举行活动庆祝越南第80个国庆。\n\n"
        "越南驻肯尼亚大使陈文明强调两国关系良好发展。\n\n"
        "*同一天,越南驻坦桑尼亚大使馆举行招待会。出席招待会的坦桑尼亚外交部长卡布迪(Palamagamba Kabudi)致辞。"
    )
    assert not [e for e in _main(body) if e["source"] and e["source"][0]["name"] == "越南驻肯尼亚大使馆"], _main(body)
