"""What a side does every year (``每年均派遣代表团赴越南``) is a custom, like ``每年都``: no visit."""

from __future__ import annotations

from dyad import extract, to_record


def test_delegations_sent_every_year_are_no_visit() -> None:
    body = (
        "4月9日上午,越南友好组织联合会副主席阮文甲在河内会见了日本和平协会代表团。\n\n"
        "该协会每年均派遣代表团赴越南了解情况。"
    )
    text = f"标题新闻\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits == [], visits
