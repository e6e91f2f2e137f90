"""``…等许多官员陪同X出访。``: those who go along with a leader make no visit of their own; the
leader's visit, told elsewhere, is the one event."""

from __future__ import annotations

from dyad import extract, to_record


def test_companions_of_a_bare_trip_make_no_visit() -> None:
    text = (
        "蒙古国总统抵达河内\n\n越通社河内——3月4日上午,蒙古国总统巴特·额尔登抵达河内,开始应越南国家主席黎文甲的邀请"
        "对越南进行国事访问。"
        "蒙古国人民党候补委员、宣传部副部长甘·巴雅尔(Gan Bayar)和 蒙古国人民党中央委员会副主席达·宝音(Da Buyan)"
        "等许多蒙古国领导人陪同巴特·额尔登出访。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, visits
    assert [p["name"] for p in visits[0]["source"]] == ["巴特·额尔登"], visits
