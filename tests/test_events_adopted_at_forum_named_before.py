"""``会议发表了《…宣言》``: the bare 会议 points back at the forum named before. A clause read as far
as a bare 会议 (``倡议受到好评并被列入会议的文件``) names no forum, and a heading line above
(``…要闻回顾``) does not make the forum's own sentence a recollection."""

from __future__ import annotations

from dyad import extract, to_record


def _adopted_at(text: str) -> list[str]:
    return [t["name"] for e in to_record(extract(text))["events"] if e["type"] == "AGREE" for t in e["target"]]


def test_passive_clause_is_no_forum() -> None:
    text = (
        "越南政府总理出席湄公河次区域领导人会议\n\n"
        "越通社河内——3月5日,越南政府总理黎明心在万象出席湄公河次区域第九次领导人会议。"
        "越南代表团的建议受到各方的好评并被列入会议的文件。会议发表了《万象宣言》等重要文件。(越通社——VNA)\n越通社\n"
    )
    assert _adopted_at(text) == ["湄公河次区域第九次领导人会议"], _adopted_at(text)


def test_heading_above_recalls_nothing() -> None:
    text = (
        "越通社一周(2021.3.1-2021.3.7)要闻回顾\n\n"
        "越通社河内——政府总理黎明心出席湄公河次区域第九次领导人会议;河内举办第三次越南农业论坛。\n\n"
        "越通社一周(2021.3.1-2021.3.7)要闻回顾 ảnh 1黎明心与各国领导合影(图片来源:越通社)\n\n"
        "一、黎明心出席湄公河次区域领导人会议\n\n"
        "上周,越南政府总理黎明心赴老挝出席湄公河次区域第九次领导人会议。会议发表了《万象宣言》等重要文件。(越通社——VNA)\n越通社\n"
    )
    assert _adopted_at(text) == ["湄公河次区域第九次领导人会议"], _adopted_at(text)
