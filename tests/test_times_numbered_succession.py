"""The session after one a page dates by its year, in a numbered series of the same name, is held
the year after: ``…联合委员会第12次会议将于3月8日至9日举行`` with ``…联合委员会第11次会议已于2015年3月…召开``."""

from __future__ import annotations

from dyad import extract, to_record


def test_next_session_of_a_series_dated_by_the_previous_one() -> None:
    body = (
        "应柬埔寨政府总理邀请,越南政府副总理阮文甲将率领越南政府代表团赴柬埔寨出席于3月8日至9日举行的越柬经济合作委员会第12次会议。\n\n"
        "越柬经济合作委员会第11次会议已于2015年3月在河内召开。双方签署了多项合作文件。"
    )
    text = f"越南副总理将出席越柬经济合作委员会会议\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] == "2016-03-08/2016-03-09", evs


def test_no_year_from_an_unrelated_series() -> None:
    body = (
        "应柬埔寨政府总理邀请,越南政府副总理阮文甲将率领越南政府代表团赴柬埔寨出席于3月8日至9日举行的越柬经济合作委员会第12次会议。\n\n"
        "越老边境联合工作组第11次会议已于2015年3月在河内召开。"
    )
    text = f"越南副总理将出席越柬经济合作委员会会议\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert all(e["date"] != "2016-03-08/2016-03-09" for e in evs), evs
