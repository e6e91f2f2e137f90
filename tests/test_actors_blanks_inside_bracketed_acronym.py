"""A crawl may put a blank inside the brackets of a body's acronym or Latin name (``某党( ABC )主席``,
``某集团( Somecorp )总裁``, ``某党( ABC )代表团``): the bracket stays part of the office string or of
the delegation's name, as it does without the blanks."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _sides(text: str) -> list[tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]]:
    evs = to_record(extract(text))["events"]
    return [
        ([(m["name"], m.get("title")) for m in e["source"]], [(m["name"], m.get("title")) for m in e["target"]])
        for e in evs
    ]


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("某国人民联合党( PUP )第一副主席", "卡洛斯·门多萨"),
        ("联合国某某计划署( UNXP )驻越代表", "安娜·贝克"),
        ("新加坡星光工业集团( Starlite )总裁兼首席执行官", "林大山"),
    ],
)
def test_spaced_bracket_stays_in_the_title(office: str, name: str) -> None:
    text = (
        f"总理会见外宾\n\n越通社河内——5月3日,越南政府总理陈文甲在政府总部会见{office}{name}。"
        "\n\n双方讨论了合作。(越通社——VNA)\n越通社\n"
    )
    people = {n: t for src, tgt in _sides(text) for n, t in src + tgt}
    assert people.get(name) == office


def test_spaced_bracket_stays_in_the_delegation_name() -> None:
    text = (
        "两国关系回顾\n\n越通社河内——1958年,越南代表团与某国人民大会( PNC )代表团在出席会议期间举行会晤。"
        "(越通社——VNA)\n越通社\n"
    )
    names = {n for src, tgt in _sides(text) for n, _ in src + tgt}
    assert "某国人民大会( PNC )代表团" in names
