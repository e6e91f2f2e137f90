"""An envoy posted abroad who meets the head of an international body (a side of no country),
in a sentence naming no place, met him where he is posted: the dateline city is not the place.
Sentences written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(text: str) -> list[dict]:
    return to_record(extract(text))["events"]


def test_credentials_to_international_body_take_no_dateline_city() -> None:
    text = (
        "越南驻肯尼亚大使递交国书\n\n越通社河内——越南驻肯尼亚大使黄明德日前向联合国环境规划署"
        "执行主任安娜·索菲递交国书。(越通社—VNA)\n"
    )
    ev = [e for e in _events(text) if e["type"] == "CONSULT"]
    assert len(ev) == 1
    assert ev[0]["location"] is None, ev[0]["location"]


def test_envoy_at_home_dateline_meeting_a_vietnamese_side_keeps_it() -> None:
    text = (
        "越南驻肯尼亚大使会见河内市领导\n\n越通社河内——越南驻肯尼亚大使黄明德日前会见河内市人民委员会"
        "主席陈文海。(越通社—VNA)\n"
    )
    locs = [e["location"] for e in _events(text) if e["type"] == "CONSULT"]
    assert locs and all(loc == "河内" for loc in locs), locs
