"""A delegation's leader named with a governor's, mayor's or minister's office after the name
(``以A副省长为首的中国…代表团``) is of the delegation's side, as one with ``主任``/``局长`` after
the name already was; so he is the visitor the host meets."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_vice_governor_heading_the_delegation_is_its_country_and_the_visitor() -> None:
    evs = main_events(
        "海阳省与中国广西加强合作",
        "3月5日下午,海阳省人民委员会主席陈文甲会见以李明副省长为首的中国广西壮族自治区代表团。",
    )
    (meet,) = [e for e in evs if e["mode"] == "meeting"]
    assert [(p["name"], p["country"]) for p in meet["source"]] == [("李明", "CHN")], evs
    assert [p["name"] for p in meet["target"]] == ["陈文甲"], evs


def test_vice_mayor_as_head_is_of_the_delegation_country() -> None:
    evs = main_events(
        "海阳省与韩国城市加强合作",
        "4月8日,海阳省委书记黄文乙会见以金大成副市长为团长的韩国釜山市代表团。",
    )
    (meet,) = [e for e in evs if e["mode"] == "meeting"]
    assert [(p["name"], p["country"]) for p in meet["source"]] == [("金大成", "KOR")], evs
