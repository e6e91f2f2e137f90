"""``X大使馆举行隆重仪式,庆祝…国庆…。Y…参加活动。``: a ceremony or an event a mission holds to
celebrate a national day, its guests said to attend it, is held with them like a national-day
reception (event_triggers v56)."""

from __future__ import annotations

from dyad import extract, to_record


def _page(body: str) -> str:
    return f"旅外越南人庆祝国庆\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"


def _main(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_ceremony_celebrating_national_day_is_held_with_its_guests() -> None:
    body = (
        "9月3日在新西兰首都惠灵顿,越南驻新西兰大使馆举行隆重仪式,庆祝越南国庆节80周年。"
        "新西兰副总理韦斯特林(Tom Westerling)和诸多新西兰政府官员及旅居新西兰越南人代表参加活动。\n\n"
        "越南驻新西兰大使黎光明在活动上发表讲话。"
    )
    events = _main(_page(body))
    got = [(e["type"], e["mode"], e["date"], e["source"][0]["name"], e["target"][0]["name"]) for e in events]
    assert got == [("SUPPORT", "meeting", "2025-09-03", "越南驻新西兰大使馆", "韦斯特林")], events


def test_event_held_to_celebrate_national_day_is_held_with_its_guests() -> None:
    body = "10月2日,越南驻几内亚大使馆举行活动庆祝几内亚独立日。几内亚外交部长巴里(Ibrahima Barry)出席。"
    events = _main(_page(body))
    got = [(e["type"], e["source"][0]["name"], e["target"][0]["name"]) for e in events]
    assert got == [("SUPPORT", "越南驻几内亚大使馆", "巴里")], events


def test_ceremony_with_no_guest_named_is_no_event() -> None:
    body = "9月2日,越南驻智利大使馆举行升旗仪式,庆祝越南国庆节80周年。大使馆全体工作人员参加活动。"
    assert _main(_page(body)) == []
