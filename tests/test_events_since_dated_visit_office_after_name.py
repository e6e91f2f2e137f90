"""``…重视与X自1961年A主席访问X时所奠定的友谊``: the dated past visit is A's (named right before the
verb, his office after his name), not the speaker's who opens the sentence."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南与哈萨克斯坦\n\n越通社阿斯塔纳——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_past_visitor_is_the_one_named_before_the_verb() -> None:
    evs = _events(
        "6月3日,越南国会主席陈青海会见了哈萨克斯坦总统阿斯兰·努尔别克。陈青海强调,越南始终珍视与哈萨克斯坦自"
        "2004年潘文凯总理访问哈萨克斯坦时所奠定的友谊。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits, evs
    assert [p["name"] for p in visits[0]["source"]] == ["潘文凯"], visits
