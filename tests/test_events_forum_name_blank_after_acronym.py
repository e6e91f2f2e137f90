"""A crawl may put a blank after a forum's acronym before the Chinese words of its name
(``出席 XYZ 领导人会议``) or after the dash that joins two parties' names (``东盟— QRS峰会``,
``东盟—QRS 峰会``, an acronym ending in a number ``Q9 峰会``): the forum keeps its whole name, as it
does without the blanks."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("written", "forum"),
    [
        (" XYZ 领导人会议", "XYZ 领导人会议"),
        ("2030年XYZ  领导人会议", "2030年XYZ  领导人会议"),
        ("Q9 峰会扩大会议", "Q9 峰会"),
        ("第三次东盟— QRS峰会", "第三次东盟— QRS峰会"),
        ("第三次东盟—QRS 峰会", "第三次东盟—QRS 峰会"),
    ],
)
def test_forum_keeps_the_acronym(written: str, forum: str) -> None:
    text = (
        f"总理出席峰会\n\n越通社吉隆坡——5月3日,越南政府总理陈文甲在吉隆坡出席{written}。"
        "\n\n会议讨论了地区合作。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    targets = {m["name"] for e in evs if e["mode"] == "multilateral" for m in e["target"]}
    assert forum in targets
