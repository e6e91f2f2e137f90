"""A signing aimed at (``力争明年1月与欧盟签署…协定``, ``有望在年内签署``) is not a signing.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def signings(body: str) -> list[dict]:
    text = f"两国经贸合作\n\n越通社河内——{body}(越通社——VNA)\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_striving_to_sign_is_no_signing() -> None:
    assert signings("泰国力争2026年3月与欧盟签署自由贸易协定。") == []


def test_expected_to_sign_is_no_signing() -> None:
    assert signings("越南与泰国有望在年内签署新的大米贸易协议。") == []


def test_a_signing_made_is_still_one() -> None:
    assert len(signings("5月3日,越南与泰国签署了大米贸易协议。")) == 1
