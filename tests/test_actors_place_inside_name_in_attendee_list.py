"""A Vietnamese name whose given name is also a place (陈玉林: 玉林), read after its office, when a
list of attendees goes on after it (、 or 和 and the next office, then 出席). Sentences written
for this test."""

from __future__ import annotations

from dyad import extract


def _persons(body: str) -> list[str]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [m.name for m in extract(text).mentions if m.kind == "person"]


def test_name_holding_a_place_before_the_next_attendee() -> None:
    assert "陈玉林" in _persons("2022年3月9日,河静省人民委员会副主席陈玉林、波里坎赛省副省长宋赛·占派吞出席会谈。")
    assert "陈玉林" in _persons("2022年3月9日,河静省人民委员会副主席陈玉林和老挝外交部副部长宋赛·占派吞出席会议。")
