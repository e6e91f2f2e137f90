"""``A会见新西兰驻越大使X时…``: 驻越 is 驻越南, so the envoy posted to A's country is the one who
calls, even when the sentence names no place (the call had gone from the host to the envoy)."""

from __future__ import annotations

from dyad import extract, to_record


def test_envoy_posted_with_one_character_form_calls_on_host() -> None:
    page = (
        "测试标题\n\n越通社河内——越南国会副主席阮文甲5月3日会见了前来辞行拜会的各国驻越大使。\n\n"
        "阮文甲会见智利驻越大使罗德里戈·帕斯(Rodrigo Paz)时表示感谢。(越通社——VNA)\n"
    )
    meets = [
        e
        for e in to_record(extract(page))["events"]
        if e["mode"] == "meeting" and any(p["name"] == "罗德里戈·帕斯" for p in e["source"] + e["target"])
    ]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in meets] == [
        (["罗德里戈·帕斯"], ["阮文甲"])
    ], meets
