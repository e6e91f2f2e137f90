"""``在X任期`` (a term of office served in a country) names no venue: an award given to an envoy
``即将结束在越南任期的`` does not take 越南 as its place. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def test_term_served_in_a_country_is_no_place() -> None:
    page = (
        "向泰国大使授予友谊勋章\n\n越通社河内——越南国家副主席陈文明3月5日向即将结束在越南任期的泰国驻越特命全权大使颂萨"
        "授予友谊勋章。(完)\n"
    )
    rec = to_record(extract(page.encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "main"]
    assert ev["location"] != "越南"


def test_place_told_with_zai_is_kept() -> None:
    page = (
        "向泰国大使授予友谊勋章\n\n越通社河内——越南国家副主席陈文明3月5日在岘港向泰国驻越特命全权大使颂萨"
        "授予友谊勋章。(完)\n"
    )
    rec = to_record(extract(page.encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "main"]
    assert ev["location"] == "岘港"
