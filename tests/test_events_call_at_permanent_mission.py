"""A delegation that 探访 (or 探望) a permanent mission named as a delegation (越南常驻联合国代表团)
calls at it, a CONSULT visit, as it does at an embassy (探访越南驻X大使馆)."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[tuple[list[str], list[str]]]:
    text = f"越南国会副主席访问瑞士\n\n越通社日内瓦——{body}(越通社-VNA)\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "visit"
    ]


def test_call_at_the_mission_in_geneva() -> None:
    body = "5月8日,阮文丁副主席一行探访越南常驻日内瓦联合国代表团。"
    assert (["阮文丁"], ["越南常驻日内瓦联合国代表团"]) in _visits(body)
