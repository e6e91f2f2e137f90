"""The heads of the EU institutions and of the Czech state and government have terms in tenure.tsv:
an undated day of a page that names them with their office takes the one year the terms leave.
Sentences written for the test; the names and terms are the office-holders'."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("chair", "host", "year"),
    [
        ("王廷惠", "欧洲议会主席萨索利(David Sassoli)", "2021"),  # 2019-07 .. 2022-01; 王廷惠 from 2021-03
        ("阮氏金银", "欧洲理事会主席夏尔·米歇尔(Charles Michel)", "2020"),  # from 2019-12; 阮氏金银 to 2021-03
    ],
)
def test_eu_head_and_vietnamese_chair_leave_one_year(chair: str, host: str, year: str) -> None:
    rec = to_record(
        extract(
            f"越南国会主席会见欧盟领导人\n\n越通社布鲁塞尔——越南国会主席{chair}9月8日下午在布鲁塞尔会见{host}。"
            "\n\n双方就合作交换意见。(越通社-VNA)\n"
        )
    )
    met = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert met and all((e["date"] or "").startswith(year) for e in met), met


def test_czech_premier_dates_a_visit() -> None:
    # 安德烈·巴比什 2017-12 .. 2021-11 and 陈大光 .. 2018-09: June 2018 only
    rec = to_record(
        extract(
            "捷克总理访越\n\n越通社河内——应越南国家主席陈大光的邀请,捷克总理安德烈·巴比什(Andrej Babis)"
            "于6月6日至8日对越南进行正式访问。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert visits and visits[0]["date"] == "2018-06-06/2018-06-08", visits
