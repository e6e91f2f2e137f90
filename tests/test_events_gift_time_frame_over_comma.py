"""A gift recalled inside a time frame that runs over a comma (``A和B在2020年初C疫情爆发,C口罩产量不多时
已向D捐赠N只口罩``) is given by the sides named before the frame, not by the country named in it."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "frame",
    [
        "在2021年初智利疫情暴发,智利口罩产量不足时",
        "在2021年初智利疫情暴发时",
    ],
)
def test_the_givers_are_named_before_the_frame(frame: str) -> None:
    page = (
        "标题新闻\n\n越通社河内——6月2日,越南外交部副部长阮文平会见了智利参议院副议长卡洛斯·罗哈斯(Carlos Rojas)。\n\n"
        f"卡洛斯·罗哈斯表示不会忘记越南和越南国会{frame}已向智利参议院捐赠2万只口罩的真诚帮助。"
        "\n\n(越通社-VNA)\n\n越通社\n"
    )
    aid = [e for e in to_record(extract(page))["events"] if e["type"] == "AID"]
    assert [[p["name"] for p in e["source"]] for e in aid] == [["越南国会"]]
    assert [[p["name"] for p in e["target"]] for e in aid] == [["参议院"]]
