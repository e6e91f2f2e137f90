"""``A、B及C联合举办…`` (bodies listed with 、 and 及, no 与/同): the first-named side holds the
joint event with the bodies of the other country listed."""

from __future__ import annotations

from dyad import extract, to_record


def test_listed_cohosts_split_by_side() -> None:
    body = "3月15日,岘港市友好组织联合会、德国驻越南大使馆及岘港市人民委员会在岘港联合举办“越德友好之夜”活动。"
    text = f"越德友好之夜在岘港举行\n\n越通社岘港——{body}\n\n(越通社——VNA)\n越通社\n"
    events = [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]
    got = [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in events]
    assert got == [(["岘港市友好组织联合会", "岘港市人民委员会"], ["德国驻越南大使馆"])], events
