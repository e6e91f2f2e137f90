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


def test_a_caption_glued_to_the_title_does_not_take_its_country() -> None:
    """The title ends "…与俄罗斯和菲律宾的关系" on the caption's line: the caption's bare
    ``国防部副部长`` is the agency's own ministry, not the Philippines' (a real 2018 page)."""
    doc = parse_page(
        "越南加强与俄罗斯和菲律宾的关系 hinh anh 1国防部副部长黎明山(右)与俄罗斯驻越大使伊万诺夫。(图片来源:越通社)\n\n"
        "越通社河内——越共中央委员、国防部副部长黎明山9月20日在国防部总部会见俄罗斯驻越大使伊万诺夫。"
        "当天,黎明山上将会见菲律宾国防部副部长胡安·克鲁斯。(越通社-VNA)\n"
    )
    annotate_actors(doc)
    countries = {m.country for m in doc.mentions if m.kind == "person" and m.name == "黎明山"}
    assert countries == {"VNM"}, countries
