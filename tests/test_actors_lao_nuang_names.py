"""让 transliterates the Lao -nuang (and French Jean): a dot name ending in it is read whole, not cut
before 让."""

from __future__ import annotations

from dyad import extract


def people(body: str) -> dict[str, str | None]:
    doc = extract(f"越南领导人会见老挝大使\n\n越通社河内——{body}(完)\n越通社\n")
    return {m.name: m.latin for m in doc.mentions if m.kind == "person"}


def test_dot_name_ending_in_rang_is_read_whole() -> None:
    found = people("2021年5月13日,越南国会主席陈国鸿会见老挝驻越大使坎培·宋本让(Khamphet Somboungnuang)。")
    assert found.get("坎培·宋本让") == "Khamphet Somboungnuang", found


def test_dot_name_ending_in_rang_without_latin() -> None:
    found = people("2021年5月13日,越南国会主席陈国鸿会见老挝驻越大使坎培·宋本让。")
    assert "坎培·宋本让" in found, found
