"""A leader who came to a forum in another country is a guest there: the source of his talks with
that country's own leader, as on a visit, even when the sentence names the host first."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    page = f"马来西亚重视与越南的关系\n\n越通社河内——据越通社特派记者报道,{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def _sides(ev: dict) -> tuple[set[str], set[str]]:
    return {p["name"] for p in ev["source"]}, {p["name"] for p in ev["target"]}


def test_the_host_at_home_is_the_target_of_a_forum_guests_talks() -> None:
    evs = _main(
        "马来西亚总理安瓦尔10月26日下午在总理府与越南政府总理阮文安举行会谈。"
        "阮文安于10月25日抵达吉隆坡,出席第47届东盟峰会。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert _sides(talks[0]) == ({"阮文安"}, {"安瓦尔"}), talks


def test_a_host_side_caller_stays_the_caller() -> None:
    evs = _main(
        "越南政府总理阮文安10月26日赴吉隆坡出席第47届东盟峰会。当天下午,吉隆坡市长阿兹米拜会阮文安总理。"
    )
    calls = [e for e in evs if e["mode"] == "meeting"]
    assert calls and _sides(calls[0]) == ({"阿兹米"}, {"阮文安"}), evs
