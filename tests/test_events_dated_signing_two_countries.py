"""A signing of a past year told by the story's people (``符合两国2012年签署的备忘录``,
``双方于2016年…并在20个领域签订协议``) is the two countries', not the two who tell it; and an
upgrade aimed at by a year (``面向2030年将…关系提升为…``) is a goal, no agreement."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _agree(body: str) -> list[dict[str, Any]]:
    text = f"越美合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def _sides(ev: dict[str, Any]) -> tuple[list[str | None], list[str | None]]:
    return [m["country"] for m in ev["source"]], [m["country"] for m in ev["target"]]


def test_pair_with_a_bare_past_year_signs_as_the_two_countries() -> None:
    evs = _agree(
        "10月5日,越南国防部长潘文明在河内会见美国驻越南大使约翰·史密斯。"
        "双方认为,两国防务合作成果符合两国2012年签署的《防务合作备忘录》的精神。"
    )
    assert evs
    for ev in evs:
        assert [m["name"] for m in ev["source"]] == ["越南"]
        assert [m["name"] for m in ev["target"]] == ["美国"]


def test_second_dated_document_of_the_same_pair() -> None:
    evs = _agree(
        "10月5日,越南国防部长潘文明在河内会见美国驻越南大使约翰·史密斯。"
        "双方认为,合作成果符合两国2012年签署的《防务合作备忘录》和2016年签署的《联合愿景声明》的精神。"
    )
    assert len(evs) == 2
    for ev in evs:
        assert [m["name"] for m in ev["source"]] == ["越南"]
        assert [m["name"] for m in ev["target"]] == ["美国"]


def test_both_sides_of_a_past_year_are_the_two_countries() -> None:
    evs = _agree(
        "10月5日,越南国会主席阮文明在河内会见柬埔寨国会主席韩文。"
        "双方于2016年成功举办第5次会议,并在20个领域签订协议。"
    )
    assert len(evs) == 1
    assert [m["name"] for m in evs[0]["source"]] == ["越南"]
    assert [m["name"] for m in evs[0]["target"]] == ["柬埔寨"]


def test_both_sides_signing_on_the_day_stay_the_people() -> None:
    evs = _agree("10月5日,越南国会主席阮文明在河内会见柬埔寨国会主席韩文。双方于10月5日签订合作协议。")
    assert len(evs) == 1
    names = {m["name"] for m in evs[0]["source"] + evs[0]["target"]}
    assert names == {"阮文明", "韩文"}


def test_pair_of_one_side_people_names_the_other_country_from_the_text() -> None:
    evs = _agree("10月5日,越南驻华大使阮文明接受记者采访。他说,越南与中国关系发展良好。2000年,两国签订了《陆地边界协定》。")
    assert len(evs) == 1
    assert _sides(evs[0]) == (["VNM"], ["CHN"])


def test_upgrade_aimed_at_by_a_year_is_no_agreement() -> None:
    assert not _agree("越南国会主席阮文明对新西兰的访问旨在巩固越新关系,面向2030年将越新关系提升为全面战略伙伴关系。")


def test_dated_upgrade_told_stays() -> None:
    evs = _agree("越南国会主席阮文明访问新西兰。2019年,两国将越新关系提升为全面战略伙伴关系。")
    assert len(evs) == 1
    assert _sides(evs[0]) == (["VNM"], ["NZL"])
