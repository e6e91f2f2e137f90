"""A medal of a friendship body awarded (``向X授予…“致力于各民族和平友谊”纪念章``) is an honour
given, SUPPORT from the one who awards it to the one decorated, like a ``勋章``. Sentences written
for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def test_commemorative_medal_awarded_is_support() -> None:
    page = (
        "向泰国大使授予纪念章\n\n越通社河内——越南友好组织联合会副主席陈文明3月5日向泰国驻越特命全权大使颂萨"
        "授予越南友好组织联合会“致力于各民族和平友谊”纪念章。(完)\n"
    )
    rec = to_record(extract(page.encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "main"]
    assert ev["type"] == "SUPPORT"
    assert [a["name"] for a in ev["source"]] == ["陈文明"]
    assert [a["name"] for a in ev["target"]] == ["颂萨"]
