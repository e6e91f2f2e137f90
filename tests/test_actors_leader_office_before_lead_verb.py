"""``由X副部长率领的…代表团``: a leader named with his office after the name, then 率领, leads the
delegation; the delegation's later acts are his, and the trip told by the headline is the same one."""

from __future__ import annotations

from dyad import extract, to_record


def _events(lead: str) -> list[tuple[str | None, list[str], list[str]]]:
    text = (
        "越南渔业代表团访问秘鲁\n\n越通社利马——" + lead + "\n\n"
        "访问期间,越南渔业代表团同秘鲁生产部部长卡洛斯·门多萨举行工作会议。\n"
    )
    return [
        (e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    ]


def test_office_after_the_name_before_lead_verb() -> None:
    evs = _events("由黎文丁副局长率领的越南渔业代表团从3月2日至6日对秘鲁进行工作访问。")
    assert evs == [("visit", ["黎文丁"], ["秘鲁"]), ("meeting", ["黎文丁"], ["卡洛斯·门多萨"])], evs


def test_office_before_the_name_still_leads() -> None:
    evs = _events("由副局长黎文丁率领的越南渔业代表团从3月2日至6日对秘鲁进行工作访问。")
    assert evs == [("visit", ["黎文丁"], ["秘鲁"]), ("meeting", ["黎文丁"], ["卡洛斯·门多萨"])], evs
