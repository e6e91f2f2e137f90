"""More aid announced with 再 (or 继续, 额外) after the recipient (``宣布向越南再提供…``) is a pledge,
like ``宣布再向越南提供…`` or ``宣布将再向…``; aid announced with none of them stays aid given."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[tuple[str | None, list[str], list[str]]]:
    text = f"两国外长举行会谈\n\n越通社河内——{body}(越通社-VNA)\n"
    return [
        (e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["type"] == "AID"
    ]


def test_more_aid_after_the_recipient_is_a_pledge() -> None:
    body = "会谈中,越方感谢新西兰政府宣布向越南再提供50万剂新冠疫苗的援助。"
    assert _aid(body) == [("pledge", ["新西兰政府"], ["越南"])]


def test_aid_announced_plainly_is_given() -> None:
    body = "会谈中,越方感谢新西兰政府宣布向越南提供50万剂新冠疫苗的援助。"
    assert _aid(body) == [(None, ["新西兰政府"], ["越南"])]
