"""A meeting told at someone else's ceremony (``在某国国王X加冕仪式上与B会晤``): X, crowned, sworn in or
mourned there, names where they met and is no side of the meeting."""

from __future__ import annotations

from dyad import extract, to_record


def _sides(body: str) -> list[tuple[list[str], list[str]]]:
    text = f"会晤回顾\n\n越通社河内——{body}\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "meeting"
    ]


def test_the_one_crowned_is_no_side() -> None:
    body = "蒙古国总统巴特尔·额尔登于2023年5月在荷兰国王威廉·范德堡加冕仪式上与越南国家主席阮文甲进行了会晤。"
    assert _sides(body) == [(["巴特尔·额尔登"], ["阮文甲"])]


def test_the_one_mourned_is_no_side() -> None:
    body = "蒙古国总统巴特尔·额尔登于2022年9月在英国女王伊丽莎白·温莎葬礼上与越南国家主席阮文甲进行了会晤。"
    assert _sides(body) == [(["巴特尔·额尔登"], ["阮文甲"])]
