"""A visit told with its days as the occasion of an interview is coded, whether the occasion
opens with ``值此`` or with ``值`` alone (``值X于6月4日至6日对Y进行国事访问之际,Z接受…采访``)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("opener", ["值", "值此"])
def test_occasion_visit_with_days_is_a_visit(opener: str) -> None:
    text = (
        "秘鲁总理:两国合作潜力巨大\n\n越通社河内——"
        f"{opener}越南国家主席阮文甲于6月4日至6日对秘鲁进行国事访问之际,秘鲁总理罗伯托·加西(Roberto Gacy)"
        "接受了越通社记者的采访。\n\n罗伯托·加西表示,两国合作潜力巨大。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert len(visits) == 1
    assert visits[0]["source"][0]["name"] == "阮文甲"
    assert visits[0]["location"] == "秘鲁"


def test_price_value_is_no_occasion() -> None:
    text = (
        "两国贸易增长\n\n越通社河内——两国贸易总值在5月4日至6日举行的博览会期间增长,越南国家主席阮文甲"
        "对此表示欢迎。(越通社——VNA)\n越通社\n"
    )
    assert not [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
