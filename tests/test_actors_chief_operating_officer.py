"""``首席运营官`` (a company's chief operating officer) is an office like 首席执行官: the name
after it is read as the person met, not the company as the other side."""

from __future__ import annotations

from dyad import extract, to_record


def test_chief_operating_officer_is_an_office() -> None:
    text = (
        "越南国会主席会见企业领导\n\n越通社河内——5月3日下午,越南国会主席陈文甲在上海市会见了多家企业领导人。"
        "\n\n在会见星海科技集团股份有限公司董事兼首席运营官李明先生时,李明先生表示,该集团将扩大投资。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    people = {m["name"]: m for e in evs for m in e["source"] + e["target"]}
    assert "李明" in people
    assert people["李明"]["title"] == "星海科技集团股份有限公司董事兼首席运营官"
    assert "星海科技集团股份有限公司" not in people
