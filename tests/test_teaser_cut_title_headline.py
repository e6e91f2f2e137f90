"""A teaser's title cut where the list ends, after the same words printed as the photo's text:
the headline event is read from the photo's text."""

from __future__ import annotations

from dyad import extract, to_record


def test_teaser_title_cut_where_the_list_ends_reads_the_photo_text() -> None:
    """The photo's text of a teaser with no caption is its title; when the title printed after it
    is cut where the list ends, the headline event is read from the photo's text."""
    body = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"
    text = (
        f"范明政会见老挝外交部长\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n\n更多\n\n"
        "越南国家主席梁强将访问智利\n\n越南国家主席"
    )
    rec = to_record(extract(text))
    rel = [e for e in rec["events"] if e["section"] == "related"]
    assert len(rel) == 1 and rel[0]["type"] == "CONSULT" and rel[0]["mode"] == "visit", rel
