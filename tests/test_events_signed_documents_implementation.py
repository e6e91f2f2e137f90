"""对双方签署的合作协议执行情况的监督: documents signed before, named by how they are carried out, are no signing."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(body: str) -> list[dict]:
    text = f"越南国会副主席会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_signed_documents_whose_implementation_is_monitored_are_no_signing() -> None:
    body = "6月3日,越南国会副主席阮明会见了泰国国会副主席颂猜·威拉军。双方同意深化合作。与此同时,加强对双方签署的合作协议执行情况的监督作用。"
    assert _signings(body) == [], _signings(body)


def test_a_signing_is_still_one() -> None:
    body = "2024年6月3日,越南国会副主席阮明和泰国国会副主席颂猜·威拉军签署了两国国会合作协议。"
    assert _signings(body), body
