"""``两国要为建交60周年(1960-2020)纪念活动做好准备``: celebrations still being prepared are ahead of the
story, so the anniversary's year does not date it."""

from __future__ import annotations

from dyad import extract, to_record


def _visit_dates(body: str) -> list[str | None]:
    text = f"代表团访问秘鲁\n\n越通社河内——{body}\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_celebrations_being_prepared_do_not_date_the_story() -> None:
    body = (
        "应秘鲁议会的邀请,由越南国会副主席阮文甲率领的越南国会代表团从9月9日至13日对秘鲁进行工作访问。"
        "双方强调,两国要为越秘建交60周年(1960.12.2-2020.12.2)纪念活动做好准备。"
    )
    assert _visit_dates(body) != ["2020-09-09/2020-09-13"]


def test_the_anniversary_being_marked_still_dates_the_story() -> None:
    body = (
        "值此越秘建交60周年(1960.12.2-2020.12.2)之际,由越南国会副主席阮文甲率领的越南国会代表团"
        "从9月9日至13日对秘鲁进行工作访问。"
    )
    assert _visit_dates(body) == ["2020-09-09/2020-09-13"]
