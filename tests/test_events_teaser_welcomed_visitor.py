"""A teaser's headline talks (A与B举行会谈) whose summary tells B's welcome of A (B…举行隆重仪式,欢迎A…到访):
the one welcomed came and is the talks' source; the host named before the welcome is no visitor,
even though the summary's visit word, read alone, may take him as its subject. Sentences written
for the test."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


def _related(teaser: str) -> list[dict]:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def _sides(ev: dict) -> tuple[list[str], list[str]]:
    return [m["name"] for m in ev["source"]], [m["name"] for m in ev["target"]]


def test_the_guest_welcomed_in_the_summary_leads_the_headline_talks() -> None:
    rel = _related(
        "越南国会主席阮文甲与新西兰总理约翰·史密斯举行会谈\n\n"
        "4月9日上午,新西兰总理约翰·史密斯和夫人在惠灵顿议会大厦举行隆重仪式,"
        "欢迎越南国会主席阮文甲和夫人与越南国会高级代表团到访。"
    )
    assert len(rel) == 1, rel
    assert _sides(rel[0]) == (["阮文甲"], ["约翰·史密斯"]), rel


def test_a_visitor_named_as_such_still_leads() -> None:
    rel = _related(
        "新西兰总理约翰·史密斯与越南国会主席阮文甲举行会谈\n\n"
        "4月9日上午,正在对越南进行正式访问的新西兰总理约翰·史密斯与越南国会主席阮文甲在河内举行会谈。"
    )
    assert len(rel) == 1, rel
    assert _sides(rel[0]) == (["约翰·史密斯"], ["阮文甲"]), rel
