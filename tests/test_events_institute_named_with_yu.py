"""An institute whose name joins two regions with 与 (欧洲与美洲研究所) is one body holding a seminar,
not two sides meeting."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_seminar_held_by_the_institute_is_no_meeting() -> None:
    text = (
        "越南举办智利问题座谈会\n\n越通社河内——2025年3月4日,越南社会科学翰林院欧洲与美洲研究所举办了以"
        "“智利的发展道路”为主题的国际学术座谈会,促进学术交流。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] != "OTHER"]
    assert not evs, evs
