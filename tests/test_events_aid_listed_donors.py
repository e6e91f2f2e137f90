"""Donors listed with 、 before one gift (``A、B和C向X捐赠…``, ``A、B等组织已承诺向X提供…``) are all
its givers, not only the last one named; two joined by 和 alone keep the first as the one who
leads. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[tuple[list[str], list[str]]]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in rec["events"] if e["type"] == "AID"]


def test_every_listed_country_gives() -> None:
    assert _aid("7月9日,新西兰、挪威和瑞士向越南捐赠了医疗物资。") == [(["新西兰", "挪威", "瑞士"], ["越南"])]


def test_listed_bodies_pledge_together() -> None:
    got = _aid("截至目前,东盟协调中心、挪威驻越南大使馆和联合国开发计划署等组织已承诺向越南中部灾区提供援助。")
    assert got == [(["东盟协调中心", "挪威驻越南大使馆", "联合国开发计划署"], ["越南"])]


def test_two_joined_by_he_keep_the_first() -> None:
    assert _aid("7月9日,新西兰和挪威向越南捐赠了医疗物资。") == [(["新西兰"], ["越南"])]
