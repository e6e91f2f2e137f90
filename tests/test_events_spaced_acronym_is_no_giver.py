"""A body's acronym in brackets right after its name restates the body; with a crawl's blank inside
the brackets (``联合国儿童基金会( UNICEF )``) it is no second side either, so the channel named after
通过 does not become the giver."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("short", ["(UNICEF)", "( UNICEF )"])
def test_spaced_acronym_is_no_giver(short: str) -> None:
    text = (
        "新西兰向越南提供疫苗\n\n越通社河内——据新西兰驻越南大使馆3月5日发布的消息,新西兰通过联合国儿童基金会"
        f"{short}向越南提供了30万剂新冠疫苗。\n\n疫苗将运往各地。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert evs
    assert all([m["name"] for m in e["source"]] == ["新西兰"] for e in evs)
