"""``…代理副部长、东盟和东亚某高官会代表团团长甲``: two bodies joined by 和 that name one forum do not
cut the office chain at the 和; the title is the whole last segment, the earlier segment stays."""

from __future__ import annotations

from dyad import extract, to_record


def participant(body: str, name: str) -> dict:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    evs = to_record(extract(page))["events"]
    return next(p for e in evs for p in e["source"] + e["target"] if p.get("name") == name)


def test_joint_forum_keeps_whole_segment() -> None:
    a = participant(
        "越南外交部副部长阮文乙3月5日应约同新西兰外交部代理副部长、东盟和东亚高官会新方代表团团长彼得·格林(Peter Green)通电话。",
        "彼得·格林",
    )
    assert a.get("title") == "东盟和东亚高官会新方代表团团长" and a.get("country") == "NZL", a
