"""A story told under a home dateline (``越通社河内——``) whose opening is the travelling reporter's
``当地时间`` followed by a foreign host (``越通社特派记者报道,3月14日上午(当地时间),波兰众议长X举行
仪式,欢迎…到访``) happens in the hosts' country, not in Hanoi. When the home side is named first
no host abroad is told and nothing moves."""

from __future__ import annotations

from dyad import extract, to_record


def _page(opening: str) -> list[dict]:
    text = (
        "越南国会副主席陈文林同波兰众议长扬·科瓦尔举行会谈\n\n"
        f"{opening}\n\n越通社河内——{opening}\n\n(越通社——VNA)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_hosts_local_time_places_the_story_abroad() -> None:
    evs = _page(
        "越通社特派记者报道,3月14日上午(当地时间),波兰众议长扬·科瓦尔举行仪式,欢迎越南国会副主席"
        "陈文林到访,其后,双方举行了会谈。"
    )
    assert evs and not any(e["location"] == "河内" for e in evs), evs
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and all(e["location"] == "波兰" for e in talks), evs
