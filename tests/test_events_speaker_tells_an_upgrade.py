"""An ambassador who tells that his country and another raised their ties (``大使A表示,…越南与智利
将两国关系升级为…``) signs nothing: the two countries are the sides, even when the second one opens
the trigger itself. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南外交动态\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_ambassador_telling_of_an_upgrade_is_no_side() -> None:
    evs = _main("越南驻智利大使黄文安表示,在2023年5月举行的峰会期间,越南与智利将两国关系升级为全面伙伴关系。")
    (agree,) = [e for e in evs if e["type"] == "AGREE"]
    assert [p["name"] for p in agree["source"]] == ["越南"], evs
    assert [p["name"] for p in agree["target"]] == ["智利"], evs
