"""越通社某城——: a dateline city the gazetteer lacks, on a trip abroad, is where the trip's acts happened."""

from __future__ import annotations

from dyad import extract, to_record


def _meeting(dateline: str, country: str) -> dict:
    body = (
        f"在对{country}进行正式访问期间,5月14日,越南国会副主席阮文福会见了{country}众议院议长马特奥·卡萨雷斯。"
        "双方就加强两国立法机构合作交换意见。"
    )
    text = f"越南国会副主席访问{country}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    events = to_record(extract(text))["events"]
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert len(meetings) == 1, events
    return meetings[0]


def test_unknown_dateline_city_abroad_is_the_place() -> None:
    ev = _meeting("圣罗莎", "阿根廷")
    assert ev["location"] == "圣罗莎", ev
    assert [p["name"] for p in ev["source"]] == ["阮文福"], ev


def test_known_capital_dateline_unchanged() -> None:
    ev = _meeting("布宜诺斯艾利斯", "阿根廷")
    assert ev["location"] == "布宜诺斯艾利斯", ev
