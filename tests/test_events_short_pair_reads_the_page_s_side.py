"""A pair of one-character short forms acting (``越巴签署…``) reads each character as the side the
page or teaser names in full: 巴 is Pakistan's short form in the tables, but Brazil's on a page
about Brazil."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(("named", "iso"), [("巴西", "BRA"), ("巴基斯坦", "PAK")])
def test_the_short_form_is_the_side_the_teaser_names(named: str, iso: str) -> None:
    page = (
        "越南外交部长举行会谈\n\n越通社河内——5月3日,越南外交部长裴青山与老挝外交部长举行会谈。\n\n(越通社-VNA)\n\n越通社\n\n"
        f"更多\n\n越巴签署多项合作文件\n\n5月2日,越南与{named}在河内举行仪式。\n"
    )
    signed = [e for e in to_record(extract(page))["events"] if e["type"] == "AGREE"]
    assert [[p["country"] for p in e["target"]] for e in signed] == [[iso]]
