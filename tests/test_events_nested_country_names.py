"""Two countries whose names nest (``俄罗斯`` inside ``白俄罗斯``, ``苏丹`` inside ``南苏丹``) are two
sides: the shorter is not folded into the longer as if it were the same name written short."""

from __future__ import annotations

from dyad import extract, to_record


def _targets(page: str) -> list[list[str]]:
    return [[p["country"] for p in e["target"]] for e in to_record(extract(page))["events"]]


def test_russia_kept_beside_belarus() -> None:
    page = "标题\n\n越通社河内——3月8日,越南国会副主席黎文甲会见了俄罗斯和白俄罗斯议员。(越通社——VNA)\n"
    targets = _targets(page)
    assert any("RUS" in t and "BLR" in t for t in targets), targets


def test_sudan_kept_beside_south_sudan() -> None:
    page = "标题\n\n越通社河内——4月2日,越南国会主席陈文乙启程对南苏丹和苏丹进行正式访问。(越通社——VNA)\n"
    targets = _targets(page)
    assert any("SSD" in t and "SDN" in t for t in targets), targets
