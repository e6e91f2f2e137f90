"""A leader attending his own body's year review (…工作总结暨…任务部署会议) is domestic work: the
teaser is OTHER, no multilateral meeting."""

from __future__ import annotations

from dyad import extract, to_record


def test_year_review_of_a_home_body_is_no_multilateral_meeting() -> None:
    text = (
        "越老两国加强合作\n\n2021年3月2日,越南与老挝举行会谈。\n\n越通社河内——2021年3月2日,越南与老挝举行会谈。"
        "(越通社-VNA)\n越通社\n\n更多\n\n越南国会主席。图自越通社\n\n国会主席:做好明年工作\n\n"
        "12月28日下午,越南国会主席王廷惠在国会大厦出席国会办公厅2023年工作总结暨2024年任务部署会议并发表讲话。\n"
    )
    rel = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert rel and all(e["type"] == "OTHER" for e in rel), rel
