"""A firm's Latin name in brackets right after its Chinese name, a space before the bracket or
inside it (``某商事股份有限公司(Some Corporation)总裁``, ``某工业集团 (Somecorp)总裁``), is part of
the office string: the title is the whole string, as written."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("日本青山商事股份有限公司(Aoyama Trading Corporation)总裁兼总经理", "山田太郎"),
        ("新加坡星光工业集团 (Starlite)总裁兼首席执行官", "林大山"),
    ],
)
def test_firm_latin_name_stays_in_the_title(office: str, name: str) -> None:
    text = (
        f"总理会见企业领导\n\n越通社河内——5月3日,越南政府总理陈文甲在政府总部会见{office}{name}。"
        "\n\n双方讨论了投资合作。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    people = {m["name"]: m for e in evs for m in e["source"] + e["target"]}
    assert name in people
    assert people[name]["title"] == office
