"""A headline message naming one sender, retold in the text with more senders: the text's sides stand."""

from __future__ import annotations

from dyad import extract, to_record
from test_events import names, only


def _main(title: str, body: str) -> list[dict]:
    text = f"{title}\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_text_adds_a_second_sender_to_the_headline_message() -> None:
    evs = _main(
        "老挝人民革命党总书记、老挝国家主席坎蓬向越共中央总书记阮富仲致贺电",
        "老挝人民革命党总书记、老挝国家主席坎蓬和老挝总理西沙万向越共中央总书记阮富仲致贺电,祝贺他再次当选。",
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["坎蓬", "西沙万"] and names(ev["target"]) == ["阮富仲"], evs


def test_a_text_naming_the_same_sides_keeps_them() -> None:
    evs = _main(
        "老挝国家主席坎蓬向越共中央总书记阮富仲致贺电",
        "老挝国家主席坎蓬向越共中央总书记阮富仲致贺电,祝贺他再次当选。",
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["坎蓬"] and names(ev["target"]) == ["阮富仲"], evs
