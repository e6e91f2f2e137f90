"""Viet Nam's own leaders feeling for its own regions (向中部灾区群众致以诚挚慰问) is domestic news,
no SUPPORT event between two sides."""

from __future__ import annotations

from dyad import extract, to_record


def test_sympathy_for_own_regions_is_no_event() -> None:
    body = "2020年11月2日,胡志明市委书记阮文甲代表全市人民向中部和西原地区受灾群众致以诚挚慰问。"
    text = f"胡志明市慰问中部灾区\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert not evs, evs
