"""``2019年10月12日,X曾于1973年访问Y``: the year told right before the verb is the act's (a year
only, so no day), not the day the sentence opens with; a day of the same year keeps the day.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"越古友谊\n\n越通社哈瓦那——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_an_old_visit_is_not_dated_by_the_opening_day() -> None:
    evs = _visits("2019年10月12日,古巴领导人劳尔•佩雷斯主席曾于1973年访问越南广治省。")
    assert evs and evs[0]["date"] is None, evs


def test_a_visit_of_the_opening_year_keeps_the_day() -> None:
    evs = _visits("2019年10月12日,古巴领导人劳尔•佩雷斯主席于2019年对越南广治省进行访问。")
    assert evs and evs[0]["date"] == "2019-10-12", evs
