"""The eve of a meeting dated in its own clause by a month only (``今年3月份在某市召开的…峰会前夕,
A与B签署…``) is not the day before the last day told on the page (``5月6日至8日``): the signing has
no known day, so no date, instead of one made up from the visit's first day."""

from __future__ import annotations

from dyad import extract, to_record


def test_eve_of_a_summit_dated_by_month() -> None:
    text = (
        "智利外长访问越南\n\n越通社河内——智利外交部长卡洛斯·门多萨2019年5月6日至8日对越南进行访问。门多萨表示,"
        "两国外交部长级会议是今年3月份在圣地亚哥市召开的亚太特别峰会前夕越南政府总理阮文甲和智利总统佩雷斯签署"
        "《关于建立越南与智利全面伙伴关系的联合声明》之后所取得的最直接结果。(完)\n"
    )
    signs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert signs, to_record(extract(text))["events"]
    assert all(e["date"] != "2019-05-05" for e in signs), signs
    assert all(not (e["date"] or "").startswith("2019-05") for e in signs), signs
