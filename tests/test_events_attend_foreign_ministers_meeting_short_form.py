"""Attending a foreign ministers' meeting written with the short form 外长会 (出席…第N次外长会) is
attending a forum, like 外长会议; 外长会谈 (talks of two ministers) is no forum. Sentences written
for this test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(text: str) -> list[dict]:
    return to_record(extract(text))["events"]


def test_short_form_foreign_ministers_meeting_is_attended() -> None:
    text = (
        "越南外长赴老挝出席会议\n\n越通社河内——12月17日,越南外交部长范志明在老挝琅勃拉邦出席"
        "湄公河—澜沧江合作第九次外长会。(越通社—VNA)\n"
    )
    att = [e for e in _events(text) if e["mode"] == "multilateral" and any(m["name"] == "范志明" for m in e["source"])]
    assert len(att) == 1
    assert att[0]["target"][0]["name"].endswith("外长会")


def test_foreign_ministers_talks_are_no_forum() -> None:
    text = (
        "越南与智利外长会谈\n\n越通社河内——12月17日,越南外交部长范志明出席越智外长会谈并发表讲话。(越通社—VNA)\n"
    )
    assert not [e for e in _events(text) if e["mode"] == "multilateral" and "外长会" in e["target"][0]["name"]]
