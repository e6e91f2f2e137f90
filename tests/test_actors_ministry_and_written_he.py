"""A ministry whose 与 is written 和 (农业和农村发展部 for 农业与农村发展部) is the same body, with its
country. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"越南接受救灾物资\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def _sides(ev: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [m["name"] for m in ev["source"]], [m["name"] for m in ev["target"]]


def test_a_ministry_written_with_he_is_the_ministry() -> None:
    (ev,) = _aid("10月3日,农业和农村发展部接受了新西兰政府提供的一批援助物资。")
    assert _sides(ev) == (["新西兰政府"], ["农业和农村发展部"])
    assert ev["target"][0]["country"] == "VNM"
