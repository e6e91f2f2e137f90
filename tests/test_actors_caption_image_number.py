"""Real-page audit (h54): caption lines of saved pages start with the picture's alt text and its
number, ``hinh anh 1越南国会主席X。`` The number is not part of the office: the title is
``越南国会主席``, not ``1越南国会主席`` with a body named ``1``."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _titles(page: str) -> dict[str, set[str | None]]:
    doc = parse_page(page)
    annotate_actors(doc)
    out: dict[str, set[str | None]] = {}
    for m in doc.mentions:
        if m.kind == "person":
            out.setdefault(m.name, set()).add(m.title)
    return out


def test_caption_number_is_not_part_of_the_title() -> None:
    got = _titles(
        "越南国会主席会见老挝客人 hinh anh 1越南国会主席阮明哲。(图片来源:越通社)\n\n"
        "越通社河内——5月3日,越南国会主席阮明哲在河内会见老挝国会副主席通萨万。\n"
    )
    assert got.get("阮明哲") == {"越南国会主席"}, got


def test_a_second_numbered_caption() -> None:
    got = _titles(
        "两国外交部举行会议 hinh anh 2老挝外交部副部长通萨万。(图片来源:越通社)\n\n"
        "越通社河内——5月3日,越南外交部副部长黎文平在河内会见老挝外交部副部长通萨万。\n"
    )
    assert got.get("通萨万") == {"老挝外交部副部长"}, got
