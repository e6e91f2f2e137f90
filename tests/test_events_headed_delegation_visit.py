"""A delegation met while on a visit, its leader named with his office after the name
(``会见正在访问X的以A副省长为首的…代表团``): A visits X and is the source of the meeting; the
leader's second mention is never the one he visits."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _mode(evs: list[dict[str, Any]], mode: str) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == "CONSULT" and e["mode"] == mode]


def test_headed_delegation_on_a_visit_visits_the_place() -> None:
    evs = main_events(
        "海阳省与外国省份加强合作",
        "3月5日下午,海阳省人民委员会主席陈文甲会见正在访问海阳省的以李明副省长为首的中国广西壮族自治区代表团。",
    )
    (visit,) = _mode(evs, "visit")
    assert [p["name"] for p in visit["source"]] == ["李明"], evs
    assert [p["name"] for p in visit["target"]] == ["海阳省"], evs
    (meet,) = _mode(evs, "meeting")
    assert [p["name"] for p in meet["source"]] == ["李明"], evs
    assert [p["name"] for p in meet["target"]] == ["陈文甲"], evs

