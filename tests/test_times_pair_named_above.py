"""``在两国纪念建交65周年的背景下`` with no country in its own sentence: the two countries the story
named above (a Chinese delegation's visit to Viet Nam) give the base year; stops the delegation
``将分别访问`` are still to come."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "中国代表团访问越南\n\n越通社河内——2月3日,越南副总理黎明山会见了由中国商务部副部长王建国为团长从2月3日至6日"
    "对越南进行工作访问的中国政府代表团。\n\n黎明山高度评价此访,认为在两国纪念建交65周年的背景下,此访更具有重要意义。"
    "此外,代表团将分别访问河内市和海防市。(越通社——VNA)\n越通社\n"
)


def test_anniversary_of_the_pair_named_above_dates_the_story() -> None:
    evs = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "meeting"]
    assert [(e["date"], e["date_basis"]) for e in evs] == [("2015-02-03", "anniversary")], evs


def test_stops_still_to_come_are_no_visits() -> None:
    evs = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "visit"]
    assert {p["name"] for e in evs for p in e["target"]} == {"越南"}, evs


def test_relations_written_out_in_full_take_the_pair_named_above() -> None:
    """``恰逢两国建立外交关系50周年`` (relations written out, not 建交) in a sentence naming no country
    but the home side's office: the pair of the sentence above (Malaysia and Viet Nam, 1973) gives
    2023. Sentences written for the test."""
    page = (
        "马来西亚总理抵达河内\n\n越通社河内——马来西亚总理阿里·哈桑已抵达河内,应越南政府总理阮文甲的邀请,"
        "于7月11日至12日对越南进行正式访问。\n\n此访表明马来西亚与越南之间的密切关系。\n\n"
        "此访是继越南政府总理阮文甲访马之后,恰逢两国建立外交关系50周年之际进行的。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
    assert [(e["date"], e["date_basis"]) for e in evs] == [("2023-07-11/2023-07-12", "anniversary")], evs
