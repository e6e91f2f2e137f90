"""Relations raised told with 至 (2001年两国关系提升至全面伙伴关系) are raised like 提升为, under the
same conditions (a year told, or agreed); raised to new heights (提升至新高度) is no upgrade.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _agree(body: str) -> list[dict]:
    rec = to_record(extract(f"两国关系回顾\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AGREE"]


def test_dated_upgrade_told_with_zhi() -> None:
    assert len(_agree("越南与智利于2005年建交。2011年两国关系提升至全面伙伴关系。")) == 1


def test_agreed_upgrade_told_with_zhi() -> None:
    assert len(_agree("会谈中,越南与智利一致同意将两国关系提升至全面战略伙伴关系。")) == 1


def test_new_heights_are_no_upgrade() -> None:
    assert _agree("2011年两国关系提升至新高度。") == []
