"""A year that opens a span up to now (``回顾了2018年至今双方的合作``) is not the year of the story:
the news day told with no year (``11月4日``) is not put in that year, as ``2018年以来`` already was not."""

from __future__ import annotations

from dyad import extract, to_record


def test_year_up_to_now_dates_nothing() -> None:
    text = (
        "越南与秘鲁通讯社加强合作\n\n越通社河内——越南通讯社社长阮文甲于11月4日下午在河内与秘鲁安第斯通讯社社长"
        "卡洛斯·门多萨举行工作会谈。\n\n两家通讯社领导回顾了2018年至今双边在信息互换等领域合作计划的实施情况。(完)\n"
    )
    talks = [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]
    assert talks, to_record(extract(text))["events"]
    assert all(not (e["date"] or "").startswith("2018") for e in talks), talks
