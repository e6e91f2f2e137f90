"""A sum whose 多/余 (more than) stands after the multiplier (``2亿多美元``, ``6万余剂``) is read as
the round figure, as ``140多亿越盾`` (多 before the multiplier) already was."""

from __future__ import annotations

from dyad.extraction.events import find_amounts
from test_events import events_of


def test_more_after_the_multiplier_is_the_round_figure() -> None:
    text = "共提供援助2亿多美元和6万余剂疫苗"
    got = [(a.value, a.currency) for a in find_amounts(text, 0, len(text))]
    assert got == [(200000000.0, "USD"), (60000.0, "doses")], got


def test_development_aid_since_a_year_keeps_its_sum() -> None:
    evs = [e for e in events_of("此外,芬兰自1992年至今共向越南提供官方开发援助3亿多加元。") if e["type"] == "AID"]
    assert evs and (evs[0]["amount"]["value"], evs[0]["amount"]["currency"]) == (300000000, "CAD"), evs
