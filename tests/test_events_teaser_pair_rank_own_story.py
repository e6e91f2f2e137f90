"""A pair word of rank in a teaser (两国政府总理) picks its holders from the teaser's own story,
never from the main article's people of that rank."""

from __future__ import annotations

from dyad import extract, to_record

_TEASER = (
    "阮文乙总理会见老挝工贸部长坎拉·西萨瓦。图自越通社\n\n"
    "阮文乙总理会见老挝工贸部长坎拉·西萨瓦\n\n"
    "阮文乙表示,不久前越共中央总书记陈文丙对老挝进行了国事访问,两党举行了高层会晤,"
    "两国政府总理共同主持了越老政府间委员会第50次会议。双方一致同意进一步\n"
)


def _teaser_event(main: str) -> dict:
    text = f"越南领导人致电祝贺\n\n越通社河内——{main}(完)\n\n更多\n\n{_TEASER}"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert len(evs) == 1, evs
    return evs[0]


def _sides(ev: dict) -> tuple[list[str], list[str]]:
    return [p["name"] for p in ev["source"]], [p["name"] for p in ev["target"]]


def test_the_main_articles_prime_minister_stays_out_of_the_teaser() -> None:
    ev = _teaser_event("3月2日,越南政府总理黎文甲致电某国总统,祝贺他就任。")
    assert _sides(ev) == (["坎拉·西萨瓦"], ["阮文乙"]), ev


def test_the_teaser_reads_the_same_whoever_the_main_article_names() -> None:
    a = _teaser_event("3月2日,越南政府总理黎文甲致电某国总统,祝贺他就任。")
    b = _teaser_event("3月2日,越南国会主席武文丁致电某国议长,祝贺他当选。")
    assert _sides(a) == _sides(b), (a, b)
