"""Real-page audit (h90): ``越通社河内——…已抵达河内内排国际机场,圆满结束…赴美出席…领导人会议周…之行。
在出席领导人会议周间隙,X分别会见了A、B``: a trip abroad told by its end, from home. The forum
took the dateline (河内), which made X a host at home and the leaders he met on its sidelines
visitors calling on him. The trip told by its end (赴美: a one-character form after 赴, as 赴华
already was) shows X travelled abroad: he hosts no forum at home."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "越南国家主席圆满结束赴美出席领导人会议周及双边活动之行\n\n"
    "越通社河内——11月21日上午,越南国家主席黎文丙与夫人已抵达河内内排国际机场,圆满结束应美国总统邀请"
    "赴美出席2023年亚太经合组织(APEC)领导人会议周暨开展双边活动之行。\n\n"
    "在出席领导人会议周间隙,黎文丙分别会见了马来西亚总理安瓦尔(Anwar Ibrahim),加拿大总理特鲁多(Justin Trudeau)等。(完)\n"
)


def test_leaders_met_abroad_are_the_targets() -> None:
    rec = to_record(extract(_PAGE))
    met = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert met, rec["events"]
    for e in met:
        assert [m["name"] for m in e["source"]] == ["黎文丙"], met


def test_short_form_after_fu_is_the_destination() -> None:
    rec = to_record(
        extract(
            "国会主席出访\n\n越通社河内——越南国会主席黎文丙5月3日赴日出席亚洲议会论坛,并对日本进行正式访问。"
            "访问期间,黎文丙会见了日本首相岸田文雄。(完)\n"
        )
    )
    met = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert met and [m["name"] for m in met[0]["source"]] == ["黎文丙"], rec["events"]
