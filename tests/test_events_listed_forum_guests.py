"""``会见了前来出席…论坛的A和B``: each guest of the list came to attend, one attendance each (and
one meeting each). Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"魏凤和会见出席香山论坛的外国防长\n\n{body}\n\n越通社北京——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_each_listed_guest_attends_the_forum() -> None:
    evs = _main(
        "10月25日,中国国务委员兼国防部长魏凤和在北京分别会见了前来出席第八届北京香山论坛的"
        "柬埔寨副首相兼国防大臣迪班和泰国国防部副部长猜差。"
    )
    attending = sorted(p["name"] for e in evs if e["mode"] == "multilateral" for p in e["source"])
    assert attending == ["猜差", "迪班"], evs
    assert all(len(e["source"]) == 1 for e in evs if e["mode"] == "multilateral"), evs
    assert {e["date"] for e in evs if e["mode"] == "multilateral"} <= {"2018-10-25", "2018-10-24/2018-10-26"}, evs
    assert len([e for e in evs if e["mode"] == "meeting"]) == 2, evs


def test_one_guest_still_attends_alone() -> None:
    evs = _main("10月25日,魏凤和在北京会见了前来出席第八届北京香山论坛的柬埔寨副首相兼国防大臣迪班。")
    attending = [p["name"] for e in evs if e["mode"] == "multilateral" for p in e["source"]]
    assert attending == ["迪班"], evs


def test_headline_host_meeting_attending_guests_does_not_attend() -> None:
    text = (
        "魏凤和会见出席香山论坛的外国防长\n\n10月25日,魏凤和在北京会见了柬埔寨副首相兼国防大臣迪班。\n\n"
        "越通社北京——10月25日,中国国务委员兼国防部长魏凤和在北京会见了柬埔寨副首相兼国防大臣迪班。"
        "今年是第八届北京香山论坛举行之年。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    assert not any(
        e["mode"] == "multilateral" and any(p["name"] == "魏凤和" for p in e["source"]) for e in evs
    ), evs
