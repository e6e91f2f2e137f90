"""An occasion told with no person (all parties signed, a meeting was held), then in the next
sentence the people who did it: one event, the one naming them."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _signings(body: str) -> list[dict[str, Any]]:
    text = f"多国签署贸易协定\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    return [e for e in evs if e["section"] == "main" and e["type"] == "AGREE" and e["mode"] == "sign"]


def test_one_partys_signature_after_all_parties_signed_is_the_one_event() -> None:
    evs = _signings(
        "2018年3月8日,越南、日本、澳大利亚、加拿大和墨西哥等11国在智利圣地亚哥正式签署CPTPP。"
        "越南工贸部部长陈俊英代表越南签署协定。"
    )
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]][:1] == ["陈俊英"]


def test_all_parties_signing_alone_stays_an_event() -> None:
    evs = _signings(
        "2018年3月8日,越南、日本、澳大利亚、加拿大和墨西哥等11国在智利圣地亚哥正式签署CPTPP。"
        "双方表示,协定将促进地区贸易。"
    )
    assert len(evs) == 1, evs
    assert not any(p["kind"] == "person" for p in evs[0]["source"] + evs[0]["target"])


def _meetings(body: str) -> list[dict[str, Any]]:
    text = f"两省举行会晤\n\n越通社老街——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    return [e for e in evs if e["section"] == "main" and e["type"] == "CONSULT" and e["mode"] == "meeting"]


def test_a_meeting_held_then_its_co_chairs_is_one_meeting_of_the_co_chairs() -> None:
    evs = _meetings(
        "2019年3月12日上午,越南老街省与中国云南省党委书记2019年新春会晤在老街市举行。"
        "老街省委书记阮文荣和云南省委书记陈豪共同主持会晤。"
    )
    assert len(evs) == 1, evs
    names = {p["name"] for e in evs for p in e["source"] + e["target"]}
    assert {"阮文荣", "陈豪"} <= names, evs
