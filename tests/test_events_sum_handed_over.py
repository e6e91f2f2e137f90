"""A sum handed over (A向B转交5万美元) is aid from A to B, like 移交 or 捐赠 with a sum."""

from __future__ import annotations

from dyad import extract, to_record


def test_sum_handed_over_is_aid() -> None:
    body = "2012年6月4日,越南红十字会主席阮文甲向菲律宾驻越南大使馆代表转交3万美元,帮助菲律宾灾民。"
    text = f"越南帮助菲律宾灾民\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert len(aid) == 1, aid
    assert aid[0]["amount"]["value"] == 30000, aid
    assert aid[0]["target"], aid
