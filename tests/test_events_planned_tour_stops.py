"""A tour still to come, its stops listed after one 将 with a verb of touring (``代表团将参观A、
访问B学校``), is a plan, no visit made; the same stops told as done stay visits. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _visits(body: str) -> list[dict[str, Any]]:
    text = f"两国边境交流\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "visit"]


def test_stops_after_jiang_canguan_are_planned() -> None:
    assert not _visits("交流活动于5月8日上午启动。其后,越方代表团将参观东兴口岸、访问中国防城港市第二小学。")


def test_stops_told_as_done_stay_visits() -> None:
    assert _visits("交流活动于5月8日上午启动。其后,越方代表团参观了东兴口岸、访问了中国防城港市第二小学。")
