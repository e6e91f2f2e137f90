"""Two co-chairs of two countries joined by 及 (``A及B共同主持对话会``) hold the meeting as when
they are joined by 和 or 与."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    text = f"标题\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _sides(joiner: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    evs = main_events(
        "5月3日,第十次越新防务政策对话在河内举行。越南代表团团长、越南国防部副部长黎文山"
        f"{joiner}新加坡国防部常务秘书陈志明(Tan Chee Ming)共同主持对话会。"
    )
    return [
        (tuple(p["name"] for p in e["source"]), tuple(p["name"] for p in e["target"]))
        for e in evs
        if e["type"] == "CONSULT"
    ]


def test_ji_joins_two_co_chairs_as_he_does() -> None:
    assert _sides("及") == _sides("和")
    assert _sides("及"), _sides("及")
