"""``拜访老挝国家主席A,老挝国会主席B以及政府总理C``: a comma in place of 、 inside the list of
people called on; each of them is met, not only the one before the comma."""

from __future__ import annotations

from dyad import extract, to_record


def _targets(text: str) -> list[list[str]]:
    return [
        [m["name"] for m in e["target"]]
        for e in to_record(extract(text))["events"]
        if e["section"] == "main" and e["mode"] == "meeting"
    ]


def test_each_person_of_a_comma_list_is_met() -> None:
    text = (
        "河内市代表团访问老挝\n\n越通社万象——河内市委书记黄文明11月24日下午礼节性拜访老挝国家主席本扬,"
        "老挝国会主席巴妮以及政府总理通伦。(越通社-VNA)\n越通社\n"
    )
    assert sorted(n for t in _targets(text) for n in t) == ["巴妮", "本扬", "通伦"]


def test_a_comma_before_a_clause_of_its_own_still_ends_the_object() -> None:
    text = (
        "河内市代表团访问老挝\n\n越通社万象——河内市委书记黄文明11月24日下午礼节性拜访老挝国家主席本扬,"
        "双方就两国关系以及地方合作交换意见。(越通社-VNA)\n越通社\n"
    )
    assert _targets(text) == [["本扬"]]
