"""The year of an event the text says was already held (祝贺越南成功举办2017年APEC会议) dates the
story's year-less day told before it, when the terms of the people named leave several years."""

from __future__ import annotations

from dyad import extract, to_record


def test_year_of_an_event_already_held_dates_the_day() -> None:
    lead = (
        "以河内市委书记黄忠海为首的河内市高级代表团11月28日下午礼节性拜访老挝人民革命党中央总书记、"
        "国家主席本扬·沃拉吉。"
    )
    more = "本扬·沃拉吉对越南成功举办2017年亚太经合组织(APEC)会议表示祝贺。"
    text = f"老挝领导会见河内市代表团\n\n{lead}\n\n越通社万象——{lead}\n\n{more}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] == "2017-11-28", evs
