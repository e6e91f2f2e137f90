"""A trip told with 赴 and the one-character form of a country beyond the dozen listed before (赴澳出席,
赴印参加, 赴古进行) goes to that country, as 赴美 and 赴日 do; not 赴澳门 nor 赴墨尔本, names that only
begin with the character. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _visits(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


@pytest.mark.parametrize(("short", "iso"), [("澳", "AUS"), ("印", "IND"), ("古", "CUB"), ("意", "ITA")])
def test_trip_to_one_character_form_is_a_visit_there(short: str, iso: str) -> None:
    visits = _visits(
        f"越南政府总理阮文甲赴{short}出席纪念活动\n\n越通社河内——3月4日上午,越南政府总理阮文甲离开河内,"
        f"赴{short}出席纪念活动。(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits
    assert [p["country"] for p in visits[0]["target"]] == [iso], visits


@pytest.mark.parametrize(("place", "iso"), [("澳门", "AUS"), ("墨尔本", "MEX")])
def test_place_beginning_with_the_character_is_not_the_country(place: str, iso: str) -> None:
    visits = _visits(
        f"越南代表团赴{place}出席论坛\n\n越通社河内——3月4日上午,越南工贸部副部长阮文甲离开河内,"
        f"赴{place}出席论坛。(越通社-VNA)\n"
    )
    assert all(p["country"] != iso for v in visits for p in v["target"]), visits
