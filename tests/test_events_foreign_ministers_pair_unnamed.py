"""``两国外交部部长于…共同主持…会议`` told in an interview about a premier's visit: the pair word of the
verb's own clause (after a comma, not the 双方 of the clause before) names the two foreign ministers,
who are not the premier and the envoy named last; with no foreign minister named, the meeting has no
sides and is not coded between the wrong people. Named foreign ministers are still the pair."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"两国合作潜力巨大\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_unnamed_foreign_ministers_are_not_the_premier_and_the_envoy() -> None:
    evs = _main(
        "值此泰国总理巴颂于2019年5月6日至7日对越南进行正式访问之际,越通社记者采访了越南驻泰国大使阮文南。\n"
        "阮文南表示,双方各级代表团互访频繁,两国外交部部长于2018年3月5日至6日在河内共同主持联合委员会第三次会议。"
    )
    bad = [
        e
        for e in evs
        if e["mode"] == "meeting" and {p["name"] for p in e["source"] + e["target"]} & {"巴颂", "阮文南"}
    ]
    assert bad == [], evs


def test_named_foreign_ministers_stay_the_pair() -> None:
    evs = _main(
        "2018年3月5日,越南外交部长范文甲与泰国外交部长颂猜在河内举行会谈。"
        "会谈后,双方代表团交流频繁,两国外长共同主持联合委员会第三次会议。"
    )
    cochaired = [e for e in evs if "共同主持" in e["evidence"]["text"]]
    assert cochaired, evs
    assert {p["name"] for p in cochaired[0]["source"] + cochaired[0]["target"]} == {"范文甲", "颂猜"}, evs
