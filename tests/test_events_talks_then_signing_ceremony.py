"""Two leaders who hold talks and then attend a signing ceremony in the same clause
(A与B举行会谈并出席双方合作文件的签字仪式) do both: CONSULT talks and AGREE sign. The
signing pattern 举行…签字仪式 must not reach back over the talks and claim their 举行."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社万象——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_talks_and_attended_signing_ceremony_are_two_events() -> None:
    evs = main_events("其后,老挝总理坎平与越南总理黎文明举行会谈并出席双方合作文件的签字仪式。")
    kinds = sorted((e["type"], e["mode"]) for e in evs)
    assert ("CONSULT", "talks") in kinds, evs
    assert ("AGREE", "sign") in kinds, evs


def test_held_signing_ceremony_stays_a_signing() -> None:
    evs = main_events("5月3日,越南外交部与老挝外交部在河内举行了合作备忘录签字仪式。")
    assert [e["mode"] for e in evs if e["type"] == "AGREE"] == ["sign"], evs


def test_talks_with_signing_verb_unchanged() -> None:
    evs = main_events("5月3日,老挝总理坎平与越南总理黎文明举行会谈并签署了合作文件。")
    kinds = sorted((e["type"], e["mode"]) for e in evs)
    assert ("CONSULT", "talks") in kinds and ("AGREE", "sign") in kinds, evs


def test_meeting_named_before_signing_ceremony_stays_a_signing() -> None:
    evs = main_events("5月3日,越南国防部长黎明在河内举行越老两国国防部长年度会晤、年度会晤纪要签字仪式。")
    assert [e["mode"] for e in evs if e["type"] == "AGREE"] == ["sign"], evs
