"""``会见了前来进行礼节性拜访的X``: the courtesy call a relative clause describes is the meeting the
verb reports, with or without 进行; the call's verb codes no second meeting (aimed at the venue)."""

from __future__ import annotations

from dyad import extract, to_record


def _main_events(body: str) -> list[tuple[str | None, list[str], list[str]]]:
    page = f"测试标题\n\n越通社河内——{body}(越通社——VNA)\n"
    return [
        (e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["section"] == "main"
    ]


def test_a_courtesy_call_with_jinxing_in_a_relative_clause_is_one_meeting() -> None:
    for body in (
        "2021年6月8日下午,越南国会副主席黎明海在河内会见了前来进行礼节性拜访的柬埔寨驻越南大使宋西哈。",
        "2021年6月8日,越南国会副主席黎明海在岘港会见前来进行辞行拜访的泰国驻越南大使巴通。",
    ):
        got = _main_events(body)
        assert len(got) == 1 and got[0][0] == "meeting" and got[0][2] == ["黎明海"], (body, got)


def test_a_courtesy_call_without_jinxing_stays_one_meeting() -> None:
    got = _main_events("2021年6月8日,越南国会副主席黎明海在河内会见了前来礼节性拜访的柬埔寨驻越南大使宋西哈。")
    assert len(got) == 1 and got[0][1] == ["宋西哈"] and got[0][2] == ["黎明海"], got
