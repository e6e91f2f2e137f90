"""``…向B国灾民捐赠N美元,B国某部副部长C接受了捐赠``: the 捐赠 after 接受(了) is the gift just told being
received, not a second gift that C gives; C is never among the givers, and receives the gift when no
one else was read to receive it. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"
_GIFT = (
    "9月12日上午,越南驻柬埔寨大使馆临时代办阮文甲在金边代表旅居柬埔寨越侨向柬埔寨洪灾灾民捐赠8000美元,"
    "柬埔寨社会事务部副部长约翰·史密斯接受了捐赠。"
)


def _events(text: str, section: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == section and e["type"] == "AID"]


def test_the_one_who_received_the_gift_in_a_teaser_gives_nothing() -> None:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n越侨捐款帮助柬埔寨灾民\n\n{_GIFT}"
    evs = _events(text, "related")
    assert len(evs) == 1, evs
    assert [m["name"] for m in evs[0]["source"]] == ["阮文甲"], evs
    assert [m["name"] for m in evs[0]["target"]] == ["约翰·史密斯"], evs


def test_the_one_who_received_the_gift_in_an_article_gives_nothing() -> None:
    evs = _events(f"越侨捐款帮助柬埔寨灾民\n\n越通社金边——{_GIFT}(越通社-VNA)\n", "main")
    assert evs, evs
    assert all("约翰·史密斯" not in [m["name"] for m in e["source"]] for e in evs), evs
    assert [m["name"] for m in evs[0]["target"]] == ["约翰·史密斯"], evs
