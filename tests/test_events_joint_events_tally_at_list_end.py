"""Joint events told as a tally at the end of the list of what they were (双方联合举办庆祝建交、国庆节
等多项活动) are no joint event of their own, like 联合举行许多/一系列…活动; one joint event named
stays. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _joint(body: str) -> list[dict]:
    text = f"甲越友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]


def test_tally_at_list_end_is_no_joint_event() -> None:
    assert not _joint("5月3日,甲国驻越南大使表示,近年来,两国友好协会代表团互访频繁;双方联合举办庆祝甲越建交、国庆节等多项活动。")


def test_one_joint_event_stays() -> None:
    assert _joint("5月3日,越南驻甲国大使馆与甲国友好协会联合举办庆祝甲越建交30周年的纪念活动。")
