"""A running total of aid over the years (``截至目前援助总额超过了N美元``) is given nowhere: the
dateline city of a story about a visit is not its place. Sentences written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_running_total_of_aid_takes_no_dateline_city() -> None:
    text = (
        "芬兰总统访问越南\n\n越通社河内——应越南国家主席陈明山的邀请,芬兰总统卡尔·维坦于5月6日至8日对越南"
        "进行国事访问。\n\n芬兰是北欧地区对越南提供无偿援助最多的国家之一,截至目前援助总额超过了5亿美元。"
        "(越通社—VNA)\n"
    )
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert len(aid) == 1
    assert aid[0]["location"] is None, aid[0]["location"]
