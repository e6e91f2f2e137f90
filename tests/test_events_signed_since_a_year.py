"""Documents a side "has signed since" a year (从2009年以来,A已与B若干地方签署了合作备忘录) are a
tally over the years, no signing of its own; a signing dated by its year stays one."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社同奈省——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_signed_since_a_year_is_a_tally() -> None:
    evs = main_events("11月4日,柬埔寨代表团访问同奈省。阮明强调,从2009年以来,同奈省已与柬埔寨若干地方签署了合作备忘录。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_signing_in_a_year_stays_a_signing() -> None:
    evs = main_events("11月4日,柬埔寨代表团访问同奈省。2009年,同奈省与柬埔寨柴桢省签署了合作备忘录。")
    assert [e["type"] for e in evs if e["type"] == "AGREE"] == ["AGREE"], evs


def test_a_since_clause_in_another_sentence_leaves_the_signing() -> None:
    evs = main_events("自2009年以来,同奈省与柴桢省保持合作。11月4日,同奈省已与柴桢省签署了合作备忘录。")
    assert [e["type"] for e in evs if e["type"] == "AGREE"] == ["AGREE"], evs
