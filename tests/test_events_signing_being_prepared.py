"""A memorandum still being prepared for signing (正处于签署前期准备阶段) is no signing."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_signing_being_prepared_is_no_signing() -> None:
    evs = main_events("2019年,越南海警与印尼和菲律宾海警之间的合作谅解备忘录正处于签署前期准备阶段。")
    assert [e for e in evs if e["type"] == "AGREE"] == [], evs
