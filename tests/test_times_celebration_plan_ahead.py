"""An anniversary whose celebrations a side is drawing up a plan for (双方将配合制定2031年甲乙建交45周年
庆祝活动计划) is still ahead: its year is not the year of the talks where the plan is agreed.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_plan_of_celebrations_does_not_date_the_talks() -> None:
    rec = to_record(
        extract(
            "越南与丹麦加强外交关系\n\n越通社河内——越南外交部副部长阮文丙11月1日同丹麦外交部国务秘书"
            "拉斯·汉森(Lars Hansen)举行会谈。\n\n双方将配合制定2031年越丹建交60周年庆祝活动计划。(越通社-VNA)\n"
        )
    )
    talks = [e for e in rec["events"] if e["mode"] == "talks"]
    assert talks and all(e["date"] != "2031-11-01" for e in talks), talks
