"""Vietnamese given names read whole after an office, on sentences and names invented for these
tests (the names are in no lexicon): 和 (Hòa) before an act, 月 (Nguyệt) after 氏, and a given
name that holds a place's name (海东, 山东, 青海)."""

from __future__ import annotations

import pytest

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _names(body: str) -> list[str]:
    doc = parse_page(f"测试标题:越南与各国加强合作\n\n越通社河内——{body}(越通社——VNA)\n")
    annotate_actors(doc)
    return [m.name for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("6月2日上午,越南外交部长黎孟和在外交部会见印度客人。", "黎孟和"),
        ("越南驻法国大使邓国和会见法国共产党领导人。", "邓国和"),
        ("越南驻法国大使邓国和分别会见了法国各政党领导人。", "邓国和"),
        ("去年政府总理吴平和和越共中央书记处常务书记访问中国。", "吴平和"),
        ("越南外交部长黎孟和同加拿大外交部长举行电话会谈。", "黎孟和"),
        ("由越南祖国阵线中央委员会副主席冯氏月率领的代表团访问古巴。", "冯氏月"),
        ("中央民运部部长杜氏月会见越南驻外大使。", "杜氏月"),
        ("应越南政府总理武青海邀请,马来西亚总理访问越南。", "武青海"),
        ("越南国家主席何海东和夫人于3月2日至5日访问老挝。", "何海东"),
        ("越南国会副主席陶山东也出席此次庆祝活动。", "陶山东"),
    ],
)
def test_vietnamese_name_read_whole(body: str, name: str) -> None:
    assert name in _names(body)


def test_he_still_joins_two_sides() -> None:
    got = _names("越南外交部长阮文甲和老挝外交部长沙伦赛出席会议。")
    assert "阮文甲" in got
