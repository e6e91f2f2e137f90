"""A year written between two offices of one chain (``某国总理、2030年东盟轮值主席X``) dates the second
office; the chain goes on over it to the first, which gives the country. Sentences and names
invented for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _record(body: str) -> dict:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))


def test_country_office_before_a_dated_chair_gives_the_country() -> None:
    rec = _record("应柬埔寨王国首相、2030年东盟轮值主席洪索邀请,越南政府总理阮文安从11月8日至9日对柬埔寨进行正式访问。")
    people = {a["name"]: a for a in rec["actors"]}
    assert people["洪索"]["country"] == "KHM"
    targets = [p for ev in rec["events"] for p in ev["target"] if p["name"] == "洪索"]
    assert targets and targets[0]["country"] == "KHM" and targets[0]["title"] == "东盟轮值主席"


def test_a_year_opening_the_chain_still_stops_it() -> None:
    rec = _record("2030年泰国总理巴颂蓬对越南进行正式访问。")
    people = {a["name"]: a for a in rec["actors"]}
    assert [o["title"] for o in people["巴颂蓬"]["offices"]] == ["泰国总理"]
