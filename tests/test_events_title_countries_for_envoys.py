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
