"""An office of ``该国`` (this country) is of the country named last before it in its sentence:
``越南驻吉尔吉斯斯坦大使X在比什凯克向该国外交部长Y递交国书`` gives Y the country of Kyrgyzstan."""

from __future__ import annotations

from dyad import extract, to_record


def test_an_office_of_this_country_takes_the_country_named_before() -> None:
    text = (
        "越南驻吉尔吉斯斯坦大使递交国书\n\n越通社河内——6月9日,越南驻吉尔吉斯斯坦特命全权大使陈文安在"
        "吉尔吉斯斯坦首都比什凯克外交部总部向该国外交部长库鲁巴耶夫递交国书。\n\n(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    targets = [p for e in evs for p in e["target"] if p["name"] == "库鲁巴耶夫"]
    assert targets and all(p["country"] == "KGZ" for p in targets), evs
