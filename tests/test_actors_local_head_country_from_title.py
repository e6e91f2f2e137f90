"""The head of a city the tables lack (会见萨洛市市长X) is of the country the page writes right before
the same office elsewhere (the title's 会见芬兰萨洛市市长): the headline meeting and the text's are then
one meeting. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _met(title: str) -> list[dict]:
    rec = to_record(
        extract(
            f"{title}\n\n越通社赫尔辛基——越南国会主席阮文甲9月10日下午在赫尔辛基会见库萨市市长"
            "特罗·林(Tero Lin)。\n\n双方就教育合作交换意见。(越通社-VNA)\n"
        )
    )
    return [e for e in rec["events"] if e["mode"] == "meeting"]


def test_mayor_takes_the_country_written_before_his_office() -> None:
    met = _met("越南国会主席会见芬兰库萨市市长")
    assert len(met) == 1, met
    assert [(p["name"], p["country"]) for p in met[0]["target"]] == [("特罗·林", "FIN")]


def test_no_country_written_leaves_it_unknown() -> None:
    met = _met("越南国会主席会见库萨市市长")
    assert [p["country"] for e in met for p in e["target"]] == [None], met
