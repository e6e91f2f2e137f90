"""A committee named by fields joined by 和 (and 、) after a legislature written with its country
(捷克参议院环境、公共管理和土地发展委员会主任) is one body of that country, as it is after a
legislature the lexicon names whole: the office is not cut at 和 and keeps its country. Sentences
written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("office", ["捷克参议院环境、公共管理和土地发展委员会主任", "捷克参议院公共管理和土地发展委员会主任"])
def test_committee_fields_after_a_countrys_legislature(office: str) -> None:
    rec = to_record(
        extract(f"会见\n\n越通社河内——15日,越南国会副主席陈文乙会见了{office}扬·诺瓦克(Jan Novak)。(越通社-VNA)\n")
    )
    met = [p for e in rec["events"] for p in e["source"] + e["target"] if p["name"] == "扬·诺瓦克"]
    assert met and all((p["title"], p["country"]) == (office, "CZE") for p in met), met
