"""A leader who calls at his own embassy and then talks with its staff and the community
(走访越南驻甲国大使馆,与大使馆干部和旅居甲国越南人代表举行亲切交谈) meets the embassy; the countries
inside the community's name are no side met. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str]]]:
    text = f"越南国家主席访问意大利\n\n越通社罗马——{body}(越通社——VNA)\n越通社\n"
    return [(e["type"], e["mode"], [p["name"] for p in e["target"]]) for e in to_record(extract(text))["events"]]


def test_staff_of_the_embassy_just_named_are_met() -> None:
    evs = _events(
        "11月5日,越南国家主席阮文甲对意大利进行国事访问。阮文甲还走访越南驻意大利大使馆,"
        "与大使馆干部、工作人员和旅居意大利越南人代表举行亲切交谈;前往祖国祭坛敬献花圈。"
    )
    assert ("CONSULT", "meeting", ["越南驻意大利大使馆"]) in evs
    assert not any(m == "meeting" and "越南" in t for _, m, t in evs)


def test_talks_with_a_named_partner_are_unchanged() -> None:
    evs = _events(
        "11月5日,越南国家主席阮文甲对意大利进行国事访问。阮文甲还走访越南驻意大利大使馆,"
        "与意大利总统马里奥举行亲切交谈。"
    )
    assert ("CONSULT", "meeting", ["马里奥"]) in evs
