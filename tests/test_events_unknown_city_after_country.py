"""在某国某城举行, 在某国首都某城: a city the gazetteer lacks, named right after its country, is the place."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南代表团出席会议\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def test_city_after_country_before_held() -> None:
    events = _events(
        "越共中央委员、中央对外部部长阮文达率领越南共产党代表团出席11月3日至5日在智利阿尔塔维斯召开的智利共产党第九次全国代表大会。"
    )
    assert [e["location"] for e in events if e["mode"] in {"meeting", "multilateral"}] == ["阿尔塔维斯"], events


def test_city_after_capital_word() -> None:
    events = _events("在对秘鲁进行正式访问期间,5月7日,越南国会副主席陈文福在秘鲁首都圣卢卡斯会见了秘鲁总统胡安·马丁内斯。")
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert [e["location"] for e in meetings] == ["圣卢卡斯"], events


def test_no_city_in_words_after_country() -> None:
    events = _events("在对秘鲁进行正式访问期间,5月7日,越南国会副主席陈文福在秘鲁总统府会见了秘鲁总统胡安·马丁内斯。")
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert meetings and all(e["location"] != "总统府" for e in meetings), events
