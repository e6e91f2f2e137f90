"""A signing, joint act or message whose only side is the pair word (``两国部分部门、地方签署了
合作文件``, ``两党两国领导已互致贺电``) is between the story's two countries; told inside a trip's
leg abroad (``在对摩洛哥进行正式访问期间,``, which also places that leg's acts), between Viet Nam and
the host of that leg."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越法关系\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _countries(e: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [p["country"] for p in e["source"]], [p["country"] for p in e["target"]]


def test_units_of_both_countries_signing_are_the_two_countries() -> None:
    evs = _main("2026年3月5日,越南国家主席梁强在河内同法国总统马克龙举行会谈。访问期间,两国各部门签署了合作文件。")
    (sign,) = [e for e in evs if e["type"] == "AGREE"]
    assert _countries(sign) == (["VNM"], ["FRA"])


def test_leaders_of_both_parties_and_states_exchanging_messages() -> None:
    evs = _main("2026年2月3日,越南国家主席梁强会见法国总理贝鲁。同日,两党两国领导已互致贺电。")
    (msg,) = [e for e in evs if e["type"] == "SUPPORT"]
    assert _countries(msg) == (["VNM"], ["FRA"])


def test_signing_in_a_leg_abroad_is_with_that_host() -> None:
    evs = _main(
        "越南国家主席梁强4月9日回到河内,结束对摩洛哥和法国的正式访问。"
        "在对摩洛哥进行正式访问期间,梁强同摩洛哥首相阿卜杜勒·阿赫努什举行会谈。"
        "在对摩洛哥进行正式访问期间,两国部分部门签署了合作文件。"
        "在法国,梁强会见了法国总统马克龙和法国总理贝鲁。"
    )
    (sign,) = [e for e in evs if e["type"] == "AGREE"]
    assert _countries(sign) == (["VNM"], ["MAR"])
    (talks,) = [e for e in evs if e["mode"] == "talks"]
    assert talks["location"] == "摩洛哥"
