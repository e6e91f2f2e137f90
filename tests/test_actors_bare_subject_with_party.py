"""A bare name opening a clause with its party (``X一行会见…``), the name holding 日 (Nhật), on
sentences and names invented for these tests (in no lexicon)."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _names(body: str) -> list[str]:
    doc = parse_page(f"测试标题:越南与古巴加强合作\n\n越通社河内——{body}(越通社——VNA)\n")
    annotate_actors(doc)
    return [m.name for m in doc.mentions if m.kind == "person"]


def test_party_after_a_name_holding_ri() -> None:
    got = _names("访古期间,黎日东一行会见了古巴领导人。")
    assert "黎日东" in got
    assert "东一行" not in got


def test_party_after_the_name_in_a_later_sentence() -> None:
    got = _names("中央宣教部部长邓日新率团访问古巴。访古期间,邓日新一行会见了古巴领导人。")
    assert got.count("邓日新") == 2
