"""Real-page audit (h91): ``出席了题为“…论坛”研讨会``: the forum attended is named without the naming
words 题为 and the opening quote left unclosed inside the name."""

from __future__ import annotations

from dyad import extract, to_record


def _forum_targets(body: str) -> list[str]:
    rec = to_record(extract(f"越南大使出席研讨会\n\n越通社河内——{body}\n"))
    return [t["name"] for e in rec["events"] if e["mode"] == "multilateral" for t in e["target"]]


def test_titled_forum_name_drops_naming_words_and_quote() -> None:
    got = _forum_targets("越南驻智利大使黎文乙5月8日出席了题为“太平洋港口合作论坛”研讨会。")
    assert got and all(not n.startswith(("题为", "“")) for n in got), got
    assert any("太平洋港口合作论坛" in n for n in got), got
