"""A trip told as ``从D1至D2和D3至D4分别对A国和B国进行访问``: one visit per country, each with the
days listed in the same place. Sentences written for the tests."""

from __future__ import annotations

from test_events import events_of


def _visits(text: str) -> dict[str, str | None]:
    evs = events_of(text)
    visits = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "visit"]
    return {e["location_country"]: e["date"] for e in visits}


def test_each_leg_of_a_two_country_trip_takes_its_own_days() -> None:
    days = _visits(
        "3月2日,越南国家主席阮文甲率领越南高级代表团离开河内,"
        "启程从2031年3月2日至5日和2031年3月6日至8日分别对秘鲁和智利进行国事访问。"
    )
    assert days == {"PER": "2031-03-02/2031-03-05", "CHL": "2031-03-06/2031-03-08"}, days


def test_days_not_listed_one_for_each_leg_are_left_to_the_trip() -> None:
    days = _visits("越南国家主席阮文甲于2031年3月2日至8日分别对秘鲁和智利进行国事访问。")
    assert set(days) == {"PER", "CHL"}, days
    assert set(days.values()) == {"2031-03-02/2031-03-08"}, days
