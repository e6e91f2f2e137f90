"""A bare foreign name in a headline, congratulated (致电祝贺萨塔诺夫), welcomed on a trip
(欢迎卡伦提访问越南) or travelling with the short trip word (卡伦提访越), is read."""

from __future__ import annotations

from dyad import extract, to_record

HOST = (
    "越南与新西兰举行政治磋商\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武与新西兰外交贸易部副秘书长"
    "在河内举行第五次政治磋商。\n\n双方同意加强合作。\n\n越通社\n\n更多\n\n"
)


def _teaser(title: str) -> dict:
    page = HOST + f"{title} 图自越通社\n\n{title}\n\n\n"
    related = [e for e in to_record(extract(page))["events"] if e["section"] == "related"]
    assert len(related) == 1, related
    return related[0]


def _names(side: list[dict]) -> set[str]:
    return {p["name"] for p in side}


def test_bare_name_congratulated() -> None:
    ev = _teaser("国家主席黎文安致电祝贺萨塔诺夫")
    assert (ev["type"], ev["mode"]) == ("SUPPORT", "message"), ev
    assert _names(ev["target"]) == {"萨塔诺夫"}, ev


def test_bare_name_welcomed_on_a_trip() -> None:
    ev = _teaser("政府总理黎文安欢迎卡伦提访问越南")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "visit"), ev
    assert _names(ev["source"]) == {"卡伦提"}, ev


def test_bare_name_with_the_short_trip_word() -> None:
    ev = _teaser("卡伦提访越")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "visit"), ev
    assert _names(ev["source"]) == {"卡伦提"}, ev
