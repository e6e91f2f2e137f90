"""A crawl may put a blank between a firm's or a body's Latin name and the Chinese word after it
(``某国ABX 集团副总裁``, ``某国XYZ 科技集团…董事``): the Latin name stays part of the office string,
as it does without the blank; so does a blank between the firm's country and its Latin name
(``某国 ABX集团副总裁``). A lower-case Latin word before the blank opens no office."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _titles(text: str) -> dict[str, str | None]:
    evs = to_record(extract(text))["events"]
    return {m["name"]: m.get("title") for e in evs for m in e["source"] + e["target"]}


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("泰国ABX 集团副总裁", "大卫·诺顿"),
        ("中国XYZ 科技集团股份有限公司董事兼首席运营官", "王大成"),
        ("日本Hanamori Sogo 银行董事长", "田中一郎"),
        ("泰国 ABX集团副总裁", "大卫·诺顿"),
        ("泰国 ABX 集团副总裁", "大卫·诺顿"),
    ],
)
def test_blank_after_latin_name_keeps_the_office(office: str, name: str) -> None:
    text = (
        f"总理会见企业领导\n\n越通社河内——5月3日,越南政府总理陈文甲在政府总部会见{office}{name}。"
        "\n\n双方讨论了投资合作。(越通社——VNA)\n越通社\n"
    )
    assert _titles(text).get(name) == office
