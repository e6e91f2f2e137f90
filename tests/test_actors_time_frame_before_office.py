"""A time frame that closes a clause (``…峰会前夕``, ``…访问期间``, ``…会议之际``) is no part of the
office that follows it: ``在某地召开的亚太特别峰会前夕越南政府总理阮文甲…签署`` gives the title
``越南政府总理``, not one that starts with the summit."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _titles(text: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for e in to_record(extract(text))["events"]:
        for p in e["source"] + e["target"]:
            out[p["name"]] = p.get("title")
    return out


@pytest.mark.parametrize("frame", ["前夕", "期间", "之际"])
def test_time_frame_is_not_part_of_the_title(frame: str) -> None:
    text = (
        "智利外长访问越南\n\n越通社河内——智利外交部长卡洛斯·门多萨5月6日至8日对越南进行访问。门多萨表示, 两国"
        f"外交部长级会议是今年3月份在圣地亚哥市召开的亚太特别峰会{frame}越南政府总理阮文甲和智利总统佩雷斯签署"
        "《关于建立越南与智利全面伙伴关系的联合声明》之后所取得的最直接结果。(完)\n"
    )
    titles = _titles(text)
    assert titles.get("阮文甲") == "越南政府总理", titles
