"""``A与B举行会谈并会见C``: the meeting after the talks is with C, named after its own verb, not
with B, the partner of the talks (the meeting had taken the talks' partners)."""

from __future__ import annotations

from dyad import extract, to_record


def pairs(body: str, mode: str) -> list[tuple[list[str], list[str]]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["mode"] == mode
    ]


def test_meeting_after_talks_is_with_the_one_after_the_verb() -> None:
    body = "6月2日,越南总理阮文甲在首都与泰国外长颂猜·班(Songchai Ban)举行会谈并会见泰国财政部长巴育·坤(Prayut Kun)。"
    assert pairs(body, "meeting") == [(["阮文甲"], ["巴育·坤"])]
    assert pairs(body, "talks") == [(["阮文甲"], ["颂猜·班"])]


def test_meeting_after_talks_told_with_hou() -> None:
    body = "6月2日,越南总理阮文甲在首都同泰国外长颂猜·班举行会谈后会见了泰国财政部长巴育·坤。"
    assert pairs(body, "meeting") == [(["阮文甲"], ["巴育·坤"])]
