"""A bare trip frame told with its host and days (在应A的邀请于10月22日至24日访问捷克期间,B…) is the
visit of the subject the sentence goes on with (B, after an office chain joined by 、 too), not of
the host's party named inside the invitation, nor of the agency whose reporter tells it
(越通社记者在布拉格报道,…). Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("lead", ["", "越通社记者在布拉格报道,"])
@pytest.mark.parametrize("office", ["越共中央书记处常务书记", "越共中央政治局委员、中央书记处常务书记"])
def test_invited_bare_frame_is_the_subjects_visit(lead: str, office: str) -> None:
    rec = to_record(
        extract(
            f"越南与捷克关系\n\n越通社布拉格——{lead}10月23日,在应捷克和摩拉维亚共产党主席、捷克众议院副议长"
            f"扬·诺瓦(Jan Nova)的邀请于10月22日至24日访问捷克期间,{office}阮文丙已分别与捷克高级领导举行会见。"
            "\n\n阮文丙会见了捷克副总理卡尔·贝克(Karel Beck)。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, visits
    assert [p["name"] for p in visits[0]["source"]] == ["阮文丙"], visits
    assert visits[0]["target"][0]["country"] == "CZE"
