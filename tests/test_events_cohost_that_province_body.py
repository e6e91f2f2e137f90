"""``在广宁省人民委员会代表团访问韩国期间,该省人民委员会与韩国贸易协会联合举行了投资促进会``: 该省人民委员会
is the named province's body told again, not a second host beside the delegation."""

from __future__ import annotations

from dyad import extract


def test_that_province_body_is_not_a_second_cohost() -> None:
    doc = extract(
        "越南与韩国加强合作\n\n越通社河内——在广宁省人民委员会代表团访问韩国期间,5月12日,"
        "该省人民委员会与韩国贸易协会联合举行了投资促进会。(越通社—VNA)\n越通社\n"
    )
    events = [e for e in doc.events if e.section == "main" and e.type == "COOPERATE"]
    assert events
    names = [m.name for m in events[0].source]
    assert "该省人民委员会" not in names
    assert names == ["广宁省人民委员会代表团"]
