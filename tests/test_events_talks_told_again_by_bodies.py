"""Talks told first between two people and then again between their bodies (``A与正在访问的B举行
了会谈…。A的委员会与B的代表团举行会谈,将为…开辟新的机遇``) are one talks, not two."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _talks(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "talks"]


def test_talks_retold_between_the_bodies_are_one() -> None:
    evs = main_events(
        "海阳省与中国广西加强合作",
        "5月6日,越南祖国阵线海阳省委员会副主席陈文甲与正在对海阳省进行工作访问的中国广西壮族自治区政协副主席"
        "李明举行了会谈。\n\n陈文甲表示,双方合作不断加强。\n\n越南祖国阵线海阳省委员会与广西壮族自治区政协代表团"
        "举行会谈,将为促进双方关系开辟新的机遇。",
    )
    (talks,) = _talks(evs)
    assert [p["name"] for p in talks["source"]] == ["李明"], evs
    assert [p["name"] for p in talks["target"]] == ["陈文甲"], evs


def test_talks_retold_with_the_city_body_are_one() -> None:
    evs = main_events(
        "胡志明市与中国广西加强合作",
        "5月6日,越南祖国阵线胡志明市委员会副主席陈文甲与正在对胡志明市进行工作访问的中国广西壮族自治区政协副主席"
        "李明举行了会谈。\n\n陈文甲表示,双方合作不断加强。\n\n越南祖国阵线胡志明市委员会与广西壮族自治区政协代表团"
        "举行会谈,将为促进双方关系开辟新的机遇。",
    )
    (talks,) = _talks(evs)
    assert [p["name"] for p in talks["target"]] == ["陈文甲"], evs


def test_talks_with_two_different_hosts_stay_two() -> None:
    evs = main_events(
        "海阳省与中国广西加强合作",
        "5月6日,海阳省委书记陈文甲与正在访问海阳省的中国广西壮族自治区副主席李明举行了会谈。\n\n"
        "同日,李明还与海阳省人民委员会主席黄文乙举行会谈。",
    )
    assert len(_talks(evs)) == 2, evs
