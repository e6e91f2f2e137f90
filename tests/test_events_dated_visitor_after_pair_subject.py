"""``越南和智利落实2016年9月越南政府总理X对智利进行正式访问…成果``: X, dated right before his office,
made the visit; not the country the pair before him opens on."""

from __future__ import annotations

from dyad import extract, to_record


def test_dated_person_before_the_trip_is_the_visitor() -> None:
    body = "今年是越南和智利落实2016年9月越南政府总理陈文明对智利进行正式访问成果的关键一年。"
    text = f"越南与智利关系\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in visits] == [("陈文明", "智利")], visits
