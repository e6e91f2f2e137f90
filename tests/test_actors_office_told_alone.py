"""A head of state or government told by the office alone after the article named its holder
with that office (``日本天皇德仁…。会见时,日本天皇…``) is that person: a mention whose span is the
office's words, and the actor of what the sentence tells."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "韩国总统李在明会见越南国家主席梁强\n\n越通社首尔——8月11日上午,韩国总统李在明在首尔会见了正在对韩国进行国事访问的"
    "越南国家主席梁强。\n\n{more}\n\n(越通社-VNA)\n\n越通社\n"
)


def _record(more: str) -> dict:
    return to_record(extract(_PAGE.format(more=more)))


def _mentions(rec: dict, name: str) -> list[str]:
    return [m["text"] for a in rec["actors"] if a["name"] == name for m in a["mentions"]]


def test_the_office_alone_names_its_holder() -> None:
    rec = _record("8月12日,越南国家主席前往釜山出席越韩经济论坛。")
    assert "越南国家主席" in _mentions(rec, "梁强")
    attend = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["source"]] for e in attend] == [["梁强"]]


def test_an_office_taken_a_seat_or_a_chain_is_no_mention() -> None:
    rec = _record("韩国国会议长祝贺梁强就任越南国家主席。双方在越南国家主席府举行会谈。越南国家主席梁强感谢韩方。")
    assert _mentions(rec, "梁强").count("越南国家主席") == 0


def test_two_holders_of_the_office_leave_it_to_neither() -> None:
    rec = _record("2018年,越南国家主席陈大光曾访问韩国。8月12日,越南国家主席前往釜山出席越韩经济论坛。")
    assert "越南国家主席" not in _mentions(rec, "梁强") + _mentions(rec, "陈大光")


def test_a_bare_office_named_with_its_country_later_names_its_holder() -> None:
    page = (
        "越南国家主席访问韩国\n\n越通社首尔——8月11日,应韩国总统李在明邀请,国家主席梁强偕夫人抵达首尔,开始对韩国进行国事访问。"
        "\n\n8月12日,越南国家主席出席越韩经济论坛并发表讲话。\n\n(越通社-VNA)\n\n越通社\n"
    )
    rec = to_record(extract(page))
    attend = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["source"]] for e in attend] == [["梁强"]]
