"""A signing dated only by the year (or month) written in its own sentence, whose sides would be
today's pair filled in for 双方 or 两省 from names outside the sentence, was signed by the two sides
themselves: the provinces the sentence names, else the two countries."""

from __future__ import annotations

from dyad import extract, to_record

COUNTRIES = (
    "越南国防部长会见丹麦国防部长\n\n"
    "越通社哥本哈根——5月6日上午,越南国防部长陈文丁大将在哥本哈根会见丹麦国防部长拉尔斯·汉森。\n\n"
    "双方同意继续以2012年签署的《防务合作谅解备忘录》为指南推进合作。(越通社——VNA)\n"
)

PROVINCES = (
    "老挝政府副总理访问广宁省\n\n"
    "越通社广宁——越南广宁省委书记陈文丁会见了来访的老挝政府副总理坎温·本玛。\n\n"
    "关于广宁省与老挝琅勃拉邦省的合作情况,2014年,两省高级代表团已对双方2010—2013年合作结果进行总结"
    "并签署2014—2018年合作协议。(越通社——VNA)\n"
)


def _signings(page: str) -> list[dict]:
    events = to_record(extract(page))["events"]
    return [e for e in events if e["type"] == "AGREE" and e["section"] == "main"]


def _sides(e: dict) -> tuple[list[str], list[str]]:
    return [m["name"] for m in e["source"]], [m["name"] for m in e["target"]]


def test_past_signing_of_two_countries() -> None:
    signs = _signings(COUNTRIES)
    assert signs and all(_sides(e) == (["越南"], ["丹麦"]) for e in signs), signs


def test_past_signing_of_two_provinces_named_in_its_sentence() -> None:
    signs = _signings(PROVINCES)
    assert signs and all(_sides(e) == (["广宁省"], ["琅勃拉邦省"]) for e in signs), signs
