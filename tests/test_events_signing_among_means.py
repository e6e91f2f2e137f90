"""Signing listed among the ways two sides cooperate (``通过代表团互访、签署合作协议…等渠道加强合作``),
with no year told, is no signing of its own; a signing told with its year stays."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _agree(body: str) -> list[dict[str, Any]]:
    text = f"越新合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_signing_as_an_item_of_a_means_list_is_no_signing() -> None:
    assert not _agree(
        "新西兰总理将于6月2日至4日对越南进行正式访问。"
        "双方通过代表团互访、签署合作协议、交流经验等方式加强在农业领域的合作。"
    )


def test_signing_as_the_first_item_of_a_means_list_is_no_signing() -> None:
    assert not _agree(
        "新西兰总理将于6月2日至4日对越南进行正式访问。"
        "两国通过签署合作协议、互派留学生等渠道深化教育合作。"
    )


def test_signing_told_with_its_year_stays() -> None:
    evs = _agree("2016年,越南和新西兰通过签署合作协议、互派代表团等渠道加强农业合作。")
    assert len(evs) == 1, evs
