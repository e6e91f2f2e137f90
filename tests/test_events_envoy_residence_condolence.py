"""A condolence visit paid at a foreign envoy's residence (驻越南大使官邸, 大使私宅) is a visit to
that country's mission, like one paid at its embassy; it was lost for want of a visited side."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    page = f"越南外交部长吊唁智利前总统逝世\n\n越通社河内——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


@pytest.mark.parametrize("residence", ["大使官邸", "大使私宅"])
def test_condolence_at_envoy_residence_is_a_visit_to_the_mission(residence: str) -> None:
    evs = _main(f"2031年5月4日,越南外交部长陈文安前往智利驻越南{residence}进行吊唁并在吊唁簿上留言。")
    visits = [e for e in evs if (e["type"], e["mode"]) == ("SUPPORT", "visit")]
    assert len(visits) == 1, evs
    assert [p["name"] for p in visits[0]["source"]] == ["陈文安"], visits
    assert [p["country"] for p in visits[0]["target"]] == ["CHL"], visits
    assert visits[0]["date"] == "2031-05-04", visits
    assert visits[0]["location"] != "智利", visits
