"""``X会见中国和泰国驻越大使`` in the headline, ``X分别会见…中国驻越大使A和泰国新任驻越南大使B`` in
the body: the headline's countries stand for the envoys the body names, and its joint meeting sums
up the body's two meetings."""

from __future__ import annotations

from dyad import extract, to_record


def test_headline_countries_sum_up_the_envoys_met() -> None:
    body = (
        "4月9日下午,越南国防部长陈甲大将分别会见即将离任的中国驻越大使孔秀佑和泰国新任驻越南大使潘雅拉。\n\n"
        "会见孔秀佑时,陈甲对两国防务合作表示满意。"
    )
    text = f"越南国防部长陈甲会见中国和泰国驻越大使\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert len(evs) == 2, evs


def test_unnamed_envoys_of_listed_countries_call_on_the_host() -> None:
    """``陈甲分别会见了挪威和秘鲁驻越南大使``: the envoys, named by their countries only, are the
    guests who call on the Vietnamese host (invented sentence)."""
    from test_events import events_of as _events_of

    evs = _events_of("2019年4月3日,越南政府副总理陈甲分别会见了挪威和秘鲁驻越南大使时建议双方加强合作。")
    meets = [e for e in evs if e["mode"] == "meeting"]
    assert meets, evs
    assert all({a["country"] for a in e["source"]} <= {"NOR", "PER"} for e in meets), meets
    assert all([a["name"] for a in e["target"]] == ["陈甲"] for e in meets), meets


def test_one_unnamed_envoy_calls_on_the_host() -> None:
    from test_events import events_of as _events_of

    evs = _events_of("2019年4月3日,越南政府副总理陈甲会见了挪威驻越大使。")
    meets = [e for e in evs if e["mode"] == "meeting"]
    assert [a["country"] for a in meets[0]["source"]] == ["NOR"], meets
