"""``A和B在2021年初C疫情爆发时已向D捐赠…``: C is named inside the time frame (在…时); the givers are
A and B, not C."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_place_of_the_time_frame_gives_nothing() -> None:
    text = (
        "越南与哈萨克斯坦\n\n越通社河内——6月3日,越南国会副主席陈文明会见了哈萨克斯坦议会副议长阿斯兰·别克托夫。"
        "哈萨克斯坦议员强调不会忘记越南和越南国会在2021年初哈萨克斯坦疫情爆发时已向哈萨克斯坦议会捐赠3万只口罩的真诚帮助。"
        "(完)\n越通社\n"
    )
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert aid, aid
    assert all(p["country"] == "VNM" for p in aid[0]["source"]), aid
