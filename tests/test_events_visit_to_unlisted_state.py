"""``对萨卡特卡斯州进行工作访问``: a state the place table lacks, named right after 对, is the place visited."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"越南大使访问外国一州\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_a_visit_to_an_unlisted_state_is_told() -> None:
    evs = _visits("越南驻墨西哥大使阮明秋从5月3日至5日对萨卡特卡斯州进行工作访问,旨在推动地方合作。")
    assert [(e["source"][0]["name"], e["target"][0]["name"], e["location"]) for e in evs] == [
        ("阮明秋", "萨卡特卡斯州", "萨卡特卡斯州")
    ], evs


def test_a_listed_country_still_wins() -> None:
    evs = _visits("越南驻墨西哥大使阮明秋从5月3日至5日对古巴进行工作访问,旨在推动地方合作。")
    assert [e["target"][0]["name"] for e in evs] == ["古巴"], evs
