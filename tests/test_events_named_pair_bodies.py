"""Two countries written in full before 两国X部 (越南与泰国两国外交部, 越南和文莱两国国会) name that body of
each, as the one-character pair does (越泰两国外交部): the talks or the signing are the two bodies', in
the order written. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _events(pair: str) -> list[dict]:
    text = (
        "越南与外国加强合作\n\n越通社河内——3月4日,越南外交部副部长阮文甲会见了卡洛斯·佩雷斯大使。"
        f"此前,2014年7月17日,{pair}两国外交部举行第四次政治磋商。访问期间,{pair}两国国会签署诸多合作协议。"
        "(越通社-VNA)\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["mode"] in {"talks", "sign"}]


@pytest.mark.parametrize(
    ("pair", "zh", "iso"),
    [("越南与泰国", "泰国", "THA"), ("越南和文莱", "文莱", "BRN"), ("越南与新西兰", "新西兰", "NZL")],
)
def test_full_names_before_pair_body_name_each_body(pair: str, zh: str, iso: str) -> None:
    got = {e["mode"]: e for e in _events(pair)}
    talks, sign = got["talks"], got["sign"]
    assert [(p["name"], p["country"]) for p in talks["source"]] == [("越南外交部", "VNM")], talks
    assert [(p["name"], p["country"]) for p in talks["target"]] == [(zh + "外交部", iso)], talks
    assert [(p["name"], p["country"]) for p in sign["source"]] == [("越南国会", "VNM")], sign
    assert [(p["name"], p["country"]) for p in sign["target"]] == [(zh + "国会", iso)], sign


def test_ministers_of_the_pair_are_not_bodies() -> None:
    text = (
        "越南与泰国外长会谈\n\n越通社河内——3月4日,越南外交部长阮文甲与泰国外交部长卡洛斯·佩雷斯举行会谈。"
        "(越通社-VNA)\n"
    )
    talks = [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]
    assert talks and all(p["kind"] == "person" for e in talks for p in e["source"] + e["target"]), talks
