"""A body the lexicon knows as one country's under a name any country's body may bear (中国共青团,
written 共青团中央 or 共青团) is, right after another country's name, that country's body: its
name starts at the country and it is of that country. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(("body", "iso"), [("白俄罗斯共青团中央", "BLR"), ("古巴共青团", "CUB")])
def test_youth_union_of_another_country(body: str, iso: str) -> None:
    rec = to_record(
        extract(
            "越南青年代表团访问欧洲\n\n越通社河内——胡志明共青团中央第一书记阮文丁率领代表团于3月8日至10日"
            f"对白俄罗斯进行工作访问。3月9日,代表团与{body}举行了座谈会。(越通社-VNA)\n"
        )
    )
    met = [p for e in rec["events"] if e["mode"] != "visit" for p in e["target"]]
    assert [(p["name"], p["country"]) for p in met] == [(body, iso)], rec["events"]


def test_chinese_youth_union_stays_chinese() -> None:
    rec = to_record(
        extract(
            "越南青年代表团访华\n\n越通社北京——胡志明共青团中央第一书记阮文丁率领代表团于3月8日至10日"
            "对中国进行工作访问。3月9日,代表团与中国共青团中央举行了座谈会。(越通社-VNA)\n"
        )
    )
    met = [p for e in rec["events"] if e["mode"] != "visit" for p in e["target"]]
    assert met and all(p["country"] == "CHN" for p in met), rec["events"]
