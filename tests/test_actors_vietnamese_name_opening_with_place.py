"""Vietnamese names read whole after an office, on sentences and names invented for these tests
(in no lexicon): one whose surname and first given character spell a short place (黄山), and one
ending in 和 (Hòa) before a year, before 的 or before the
对 of a visit."""

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
        ("越南外交部副部长黄山禄出席了在新加坡举行的论坛。", "黄山禄"),
        ("应越南政府总理何日和的邀请,柬埔寨首相访问越南。", "何日和"),
        ("越南政府总理丁海和2015年8月访问马来西亚。", "丁海和"),
        ("1999年7月,越南时任国会主席吴功和对伊朗进行访问。", "吴功和"),
    ],
)
def test_name_read_whole(body: str, name: str) -> None:
    assert name in _names(body)


def test_a_place_after_an_office_is_no_name() -> None:
    assert _names("省委书记高平省人民委员会主席出席。") == []
