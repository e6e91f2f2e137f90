"""``实现2030年贸易额100亿美元的目标``: the year a goal is set for is its horizon, not the year of the
event told in the same sentence."""

from __future__ import annotations

from test_events import events_of


def test_a_goal_year_does_not_date_the_trip() -> None:
    evs = events_of(
        "由越南政府总理率领的越南政府代表团访问澳大利亚(10月8日至10日)将有助于双方实现2030年贸易额100亿美元的目标。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and all(not (e["date"] or "").startswith("2030") for e in visits), visits


def test_a_year_told_as_the_time_still_dates() -> None:
    evs = events_of("2030年10月8日,越南政府总理范明政对澳大利亚进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and visits[0]["date"].startswith("2030-10-08"), visits


def test_a_year_a_side_hopes_to_act_in_does_not_date_the_meeting() -> None:
    # "2031年,X希望…": the year of a wish or a plan; the other year told (2030年,双方庆祝…) is the story's
    evs = events_of(
        "5月12日下午,海防市人民委员会副主席陈文青会见于5月12日至14日对海防进行工作访问的日本大阪府代表团。\n\n"
        "陈文青建议大阪府分享港口管理经验。2031年,海防希望与大阪府联合举行文化和旅游促进活动。\n\n"
        "大阪府代表团团长表示,2030年,双方庆祝两地建立友好关系10周年。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and all(not (e["date"] or "").startswith("2031") for e in meetings), meetings


def test_a_goal_year_with_a_long_written_sum_does_not_date_the_signing() -> None:
    # the goal's sum written out in full digits, or with 约, is still one goal after the year: the day told
    # before dates the signing
    for sum_ in ("约12,000,000,000美元", "约一百二十亿美元", "12 000 000 000美元"):
        evs = events_of(
            "7月22日,2031年宁平省与波兰投资促进会在华沙举行。越南驻波兰大使阮文甲出席。\n\n"
            f"会议结束前,双方签署了在农业、旅游等领域的合作备忘录,致力为实现2033年越波双边贸易额达{sum_}目标做出贡献。"
        )
        signings = [e for e in evs if e["type"] == "AGREE"]
        assert signings and all((e["date"] or "").startswith("2031-07-22") for e in signings), (sum_, signings)
