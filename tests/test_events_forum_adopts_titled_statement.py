"""A forum's adoption of a statement named in title marks (``峰会通过了《金边声明》``) or of a counted
set of documents (``各国领导人通过了5项重要文件``) is an agreement at the forum, like ``通过…宣言``."""

from __future__ import annotations

from dyad import extract, to_record


def _agreements(body: str) -> list[tuple[str | None, list[str]]]:
    text = f"湄公河峰会\n\n越通社金边——{body}(越通社-VNA)\n"
    return [
        (e["mode"], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["type"] == "AGREE"
    ]


def test_titled_statement_adopted() -> None:
    body = "6月3日,第9届湄公河—日本峰会在金边举行。峰会通过了《金边声明》。"
    assert _agreements(body) == [("multilateral", ["第9届湄公河—日本峰会"])]


def test_counted_documents_adopted() -> None:
    body = "6月3日,第9届湄公河—日本峰会在金边举行。在峰会上,各国领导人通过了5项重要文件。"
    assert _agreements(body) == [("multilateral", ["第9届湄公河—日本峰会"])]
