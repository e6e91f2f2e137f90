"""The Party's regional steering committees (西北部地区指导委员会, 西南部地区指导委员会, 西原地区指导
委员会) are Vietnamese bodies: a Vietnamese delegation's working session with one is a meeting at
home, no interaction with a foreign side (and 北部地区 inside 西北部地区 is no Australian territory)."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"省市加强合作\n\n越通社芹苴——{body}(越通社-VNA)\n"
    return to_record(extract(text))["events"]


def test_session_with_the_southwest_committee_is_at_home() -> None:
    assert _events("5月6日,海防市委工作代表团与西南部地区指导委员会举行工作会谈。") == []


def test_northwest_committee_is_not_australian() -> None:
    assert _events("5月6日,海防市委工作代表团与西北部地区指导委员会举行工作会谈。") == []
