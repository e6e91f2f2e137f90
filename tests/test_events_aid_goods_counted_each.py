"""Goods counted one by one with 只 (``8万只医用口罩``) are the size of the gift, like 件; a list of
counted goods given at once is one gift read by its first count; a rescue team's make-up
(``由12名队员和4只搜救犬组成的救援队``) is no gift's size. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def _amounts(body: str) -> list[tuple[float, str] | None]:
    return [e["amount"] and (e["amount"]["value"], e["amount"]["currency"]) for e in _aid(body)]


def test_masks_counted_with_zhi() -> None:
    assert _amounts("6月2日,越南向芬兰红十字会捐赠8万只医用口罩。") == [(80000, "items")]


def test_listed_goods_are_one_gift() -> None:
    assert _amounts("6月2日,越南驻芬兰大使陈文甲向芬兰红十字会赠送了包括7万只口罩和200件防护服等医疗物资。") == [
        (70000, "items")
    ]


def test_counted_gift_is_not_merged_with_a_running_sum() -> None:
    got = _amounts(
        "6月2日,越南驻芬兰大使馆代表向芬兰各医院捐赠了3000只口罩。截至目前,红十字会已向芬兰各医院提供约15万美元的援助资金。"
    )
    assert (3000, "items") in got
    assert (150000, "USD") in got


def test_rescue_team_make_up_is_no_sum() -> None:
    assert _amounts("6月2日,由30名队员和4只搜救犬组成的越南救援队从河内出发,赶赴芬兰参与搜救工作。") in ([None], [])
