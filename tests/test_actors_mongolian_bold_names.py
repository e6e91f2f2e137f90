"""包 transliterates the Mongolian -bold (恩赫包勒德, 巴特包勒德): a dot name holding it is read whole,
with its Latin spelling, not cut before 包."""

from __future__ import annotations

from dyad import extract


def test_dot_name_with_bao_is_read_whole() -> None:
    doc = extract(
        "蒙古领导人致电祝贺\n\n越通社河内——蒙古国国家大呼拉尔主席苏赫·巴特包勒德(Sukh Batbold)"
        "已致电祝贺黎文平就任越南国会主席。(完)\n越通社\n"
    )
    people = {m.name: m.latin for m in doc.mentions if m.kind == "person"}
    assert people.get("苏赫·巴特包勒德") == "Sukh Batbold", people
