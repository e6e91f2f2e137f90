"""``在越南—中国投资论坛上发表讲话``: the country opening a forum's name that pairs two sides is
no place; the attendance is where the trip is."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return to_record(extract(page))["events"]


def test_forum_name_opening_with_a_country_is_no_place() -> None:
    evs = events(
        "2019年6月23日,老挝外交部副部长陈文丙在昆明市会见云南省省长王五。"
        "陈文丙出席并在老挝—中国(云南)经贸合作论坛上发表讲话。"
    )
    forum = [e for e in evs if e["mode"] == "multilateral"]
    assert forum and forum[0]["location"] != "老挝", evs
