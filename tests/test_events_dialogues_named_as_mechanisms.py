"""Dialogues listed as the mechanisms two sides work in (在…战略对话、经济高级别对话等许多合作机制中保持
密切配合) are no talks held; talks told on their day stay. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(body: str) -> list[dict]:
    rec = to_record(extract(f"两国关系\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] != "visit"]


_VISIT = "应越南政府总理阮文甲的邀请,丹麦首相拉斯·汉森(Lars Hansen)将于11月2日至4日对越南进行正式访问。"


def test_dialogues_listed_as_mechanisms_are_no_talks() -> None:
    body = _VISIT + (
        "多年来,两国高层代表团互访频繁,并在两国外交部战略对话、由越南工贸部同丹麦外贸部共同主持召开的"
        "经济高级别对话等许多合作机制中保持密切配合。"
    )
    assert _talks(body) == []


def test_talks_held_on_their_day_stay() -> None:
    assert _talks("11月3日,越南外交部副部长阮文丙同丹麦外交部国务秘书拉斯·汉森(Lars Hansen)举行战略对话。")
