"""Going to a foreign embassy to congratulate it (``前往老挝驻泰国大使馆,祝贺…国庆``) is a visit that
brings support: SUPPORT/visit, as ``到访…大使馆,祝贺…`` is. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def test_teaser_embassy_congratulation_is_a_support_visit() -> None:
    teaser = (
        "越南驻印尼大使馆祝贺柬埔寨独立日\n\n"
        "11月8日,越南驻印尼大使陈文明率团前往柬埔寨驻印尼大使馆,祝贺柬埔寨独立72周年。\n"
    )
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    assert (ev["type"], ev["mode"]) == ("SUPPORT", "visit")
    assert [a["name"] for a in ev["source"]] == ["陈文明"]
    assert ev["target"] and ev["target"][0]["country"] == "KHM"
