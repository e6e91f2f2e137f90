"""A foreign name with no office, written bare between 与/同/和/跟 and talks or a call (as
headlines do), is read as the partner of the act; a side word (美方, 日方) is no name."""

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


def test_bare_partner_of_talks() -> None:
    ev = _teaser("政府总理黎文安与塔瓦坎举行会谈")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "talks"), ev
    assert _names(ev["source"]) | _names(ev["target"]) == {"黎文安", "塔瓦坎"}, ev


def test_bare_partner_of_a_call() -> None:
    ev = _teaser("国家主席黎文安同博拉蒂通电话")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "phone"), ev
    assert _names(ev["target"]) == {"博拉蒂"}, ev


def test_a_side_word_is_no_partner_name() -> None:
    page = (
        "越南与美国举行会谈\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武在河内与美方举行会谈。"
        "\n\n双方同意加强合作。\n\n越通社\n"
    )
    rec = to_record(extract(page))
    assert all(not (p["kind"] == "person" and "美方" in p["name"]) for e in rec["events"] for p in e["source"] + e["target"])
