"""``两位领导共同出席…签字仪式`` (领导 without 人) is the pair of leaders told before, like
两位领导人: both sign. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_two_leaders_without_ren_sign_together() -> None:
    text = (
        "越南总理访问泰国\n\n越通社河内——5月2日,泰国总理巴颂主持仪式,欢迎越南政府总理黎文安访问。"
        "欢迎仪式结束后,黎文安总理同泰国总理巴颂举行会谈,随后两位领导共同出席双方合作文件的签字仪式。(越通社——VNA)\n"
    )
    signs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in signs] == [
        (["黎文安"], ["巴颂"])
    ], signs
