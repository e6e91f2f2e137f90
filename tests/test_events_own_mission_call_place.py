"""A call at one's own mission abroad (走访越南驻甲国大使馆) is held in the country it is posted to:
with no place told, or the trip's other leg lent to it, the place is that country. Sentences
written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str, title: str) -> list[tuple[str, str | None, list[str], str | None]]:
    text = f"{title}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [
        (e["type"], e["mode"], [p["name"] for p in e["target"]], e["location"])
        for e in to_record(extract(text))["events"]
    ]


def test_call_at_own_embassy_is_in_its_host_country() -> None:
    evs = _events(
        "7月29日,越南国家主席阮文甲一行已抵达河内,圆满结束对意大利进行的国事访问和对梵蒂冈的访问之旅。"
        "访问梵蒂冈时,阮文甲与教宗方济各举行了会谈。阮文甲还走访越南驻意大利大使馆,与大使馆干部举行亲切交谈。",
        "越南国家主席圆满结束对意大利和梵蒂冈的访问",
    )
    calls = [e for e in evs if e[2] == ["越南驻意大利大使馆"]]
    assert calls and all(loc == "意大利" for _, _, _, loc in calls)
