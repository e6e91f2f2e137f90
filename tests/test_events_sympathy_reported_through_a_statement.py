"""Sympathy reported through another side's words (``援引X的新闻公报表示,Y对Z表示深切慰问``) is felt
by the side the report names, Y, not by X whose statement reports it. Sentences written for this
test."""

from __future__ import annotations

from dyad import extract, to_record


def test_reported_sympathy_is_the_named_sides() -> None:
    text = (
        "加拿大政府就洪灾对越南表示慰问\n\n越通社河内——越通社驻加拿大记者援引加拿大外交部的新闻公报表示,"
        "加拿大政府对越南政府和人民表示深切慰问。(越通社—VNA)\n"
    )
    ev = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert len(ev) == 1
    assert [m["name"] for m in ev[0]["source"]] == ["加拿大政府"], ev[0]["source"]
