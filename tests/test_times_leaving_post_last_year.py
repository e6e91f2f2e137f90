"""An envoy told as about to end his term (``即将结束在越南任期的…大使X``), dated by a day only that his
term allows in several years, is dated in the term's last year; with no leaving words the day stays
open."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(page: str) -> list[str | None]:
    return [e["date"] for e in to_record(extract(page))["events"] if e["type"] != "OTHER"]


def test_envoy_leaving_post_is_dated_in_last_year() -> None:
    page = (
        "越南友好组织授予某国大使纪念章\n\n"
        "越通社河内——越南友好组织联合会副主席黎明山9月20日向即将结束在越南任期的中国驻越南大使熊波"
        "授予“致力于各民族和平友谊”纪念章。(完)\n"
    )
    assert _dates(page) == ["2024-09-20"], _dates(page)


def test_envoy_without_leaving_words_stays_open() -> None:
    page = (
        "越南友好组织授予某国大使纪念章\n\n"
        "越通社河内——越南友好组织联合会副主席黎明山9月20日向中国驻越南大使熊波"
        "授予“致力于各民族和平友谊”纪念章。(完)\n"
    )
    assert _dates(page) == [None], _dates(page)
