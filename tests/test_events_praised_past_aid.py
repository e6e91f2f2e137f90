"""Praise for past aid told as ``A对B为C援建的X如期完成…给予了高度评价`` (no sum, no year) is no
gift of its own: no AID event. With a sum the aid is kept (background told with an amount).
Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def _aid(body: str) -> list[dict]:
    page = "两国领导人通电话\n\n越通社河内——" + body + "(完)\n"
    rec = to_record(extract(page.encode("utf-8")))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_praise_for_built_works_is_no_aid() -> None:
    body = "柬埔寨首相洪文对越南政府为柬埔寨援建的国家图书馆如期竣工并投入使用给予了高度评价。"
    assert _aid(body) == []


def test_praise_for_aid_with_a_sum_keeps_the_aid() -> None:
    body = "柬埔寨首相洪文对越南政府为柬埔寨援建的价值200万美元的国家图书馆如期竣工给予了高度评价。"
    assert len(_aid(body)) == 1
