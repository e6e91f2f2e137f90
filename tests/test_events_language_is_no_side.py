"""``与该大学越南语专业师生会面``: a country's name before 语 names a language, not a side the
visitor meets; the university and the country visited stay the visited sides."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "越南与蒙古加强合作\n\n越通社河内——5月7日,越南与蒙古举行会谈。(完)\n\n更多\n\n"
    "越南国会副主席阮甲乙造访乌兰巴托国立大学\n"
    "在对蒙古进行正式访问框架内,越南国会副主席阮甲乙5月8日上午造访蒙古乌兰巴托国立大学,"
    "与该大学越南语专业师生会面。\n"
)


def test_a_language_named_after_a_country_is_no_target() -> None:
    targets = [m["name"] for e in to_record(extract(_PAGE))["events"] if e["section"] == "related" for m in e["target"]]
    assert "越南" not in targets
