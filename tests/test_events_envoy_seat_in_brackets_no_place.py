"""Where an envoy sits, told in brackets inside his office (``越南驻X(总部设在莫斯科)大使``,
``(常驻在新加坡)``), is not where the event happens: the place the sentence tells after it is.
Sentences written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]


def test_seat_in_brackets_is_no_venue() -> None:
    text = (
        "越南驻吉尔吉斯斯坦大使递交国书\n\n越通社河内——6月9日,越南驻吉尔吉斯斯坦(总部设在莫斯科)特命全权大使"
        "黄明德在吉尔吉斯斯坦首都比什凯克向吉尔吉斯斯坦总统贾帕罗夫递交国书。(越通社—VNA)\n"
    )
    assert _locations(text) == ["比什凯克"]


def test_resident_seat_in_brackets_is_no_venue() -> None:
    text = (
        "越南驻文莱大使递交国书\n\n越通社河内——3月2日,越南驻文莱(常驻在新加坡)大使陈光明在斯里巴加湾市"
        "向文莱苏丹哈桑纳尔·博尔基亚递交国书。(越通社—VNA)\n"
    )
    assert _locations(text) == ["斯里巴加湾市"]
