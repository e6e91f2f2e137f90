"""A headline event placed by the dateline's city, told again in the text with its own place
(在老挝华潘省举行): the place the text tells stands. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_place_in_the_sentence_beats_the_dateline_lent_to_the_title() -> None:
    s = (
        "4月12日下午,越南公安部与老挝公安部在老挝琅南塔省联合举行了第五次越老公安部副部长政策对话会。"
        "越南公安部代表团由公安部副部长阮文龙中将为团长,老挝公安部代表团由老挝公安部副部长宋赛·占派吞少将为团长。"
    )
    text = (
        f"越南与老挝举行公安政策对话\n\n{s}\n\n越通社万象——越通社驻万象记者报道,{s}\n\n"
        "对于两国在2024年的合作方向,双方一致同意继续合作。(完)\n越通社\n"
    )
    talks = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert talks and all(e["location"] == "琅南塔省" for e in talks), talks
