"""``A在会见X时向他转达了…对他的问候``: the 的 of a long remark after the 时 frame is no longer the
object's, X stays the one met (the meeting had lost X when the 的 stood far after 时)."""

from __future__ import annotations

from dyad import extract, to_record


def test_met_person_kept_before_a_far_de() -> None:
    page = (
        "测试标题\n\n越通社河内——5月4日,越南外交部长阮文甲在会见智利共和国总统、社会党主席卡洛斯·罗哈斯(Carlos Rojas)"
        "时向他转达了越南党、国家领导人和越南人民对他和智利人民的亲切问候。(越通社——VNA)\n"
    )
    meets = [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]
    assert [[p["name"] for p in e["target"]] for e in meets] == [["卡洛斯·罗哈斯"]], meets
