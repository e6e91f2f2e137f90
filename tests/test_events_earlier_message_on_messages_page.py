"""A message told after ``此前`` with no time of its own is kept when the headline is about messages:
the page's news is the messages sent for one occasion, not background. It takes no day from the
sentence before it. Elsewhere an undated ``此前`` event stays background."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


BODY = (
    "2024年6月3日,泰国总理赛塔向越南新任政府总理黎文安致贺电。"
    "此前,柬埔寨国会主席坤索达向越南国会主席阮春海致贺电。"
)


def test_earlier_message_under_a_messages_headline_is_kept() -> None:
    events = _main("各国领导人向越南新任领导人致贺电", BODY)
    sent = {e["source"][0]["name"]: e for e in events if e["mode"] == "message"}
    assert set(sent) == {"赛塔", "坤索达"}
    earlier = sent["坤索达"]
    assert [p["name"] for p in earlier["target"]] == ["阮春海"]
    assert earlier["date"] is None
    assert sent["赛塔"]["date"] == "2024-06-03"


def test_earlier_undated_visit_stays_background() -> None:
    events = _main(
        "各国领导人向越南新任领导人致贺电",
        "2024年6月3日,泰国总理赛塔向越南新任政府总理黎文安致贺电。此前,坤索达对老挝进行了正式访问。",
    )
    assert [e["mode"] for e in events] == ["message"]
