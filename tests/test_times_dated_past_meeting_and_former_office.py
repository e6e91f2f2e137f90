"""A past meeting the text dates itself (``于2021年9月在第76届联合国大会上与…会晤``) tells nothing of
the page's own year, and a person named with a former office (``前越南国家主席X``) did not hold it on
the day told: neither dates the undated visit, which takes its year from the offices held now."""

from __future__ import annotations

from dyad import extract, to_record


def _visit_date(body: str) -> str | None:
    text = f"某国总统访越\n\n越通社河内——{body}\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit" and e["date"]]
    return visits[0]["date"] if visits else None


_VISIT = "应越南国家主席武文赏的邀请,卡斯蒂亚国总统阿尔多·贝里尼于10月3日至6日对越南进行国事访问。"


def test_a_dated_meeting_of_a_numbered_series_does_not_date_the_page() -> None:
    body = _VISIT + "阿尔多·贝里尼总统曾于2021年9月在第76届联合国大会上与越南领导人会晤。"
    assert _visit_date(body) == "2023-10-03/2023-10-06"


def test_a_former_office_holder_does_not_date_the_page() -> None:
    body = _VISIT + "阿尔多·贝里尼总统曾与前越南国家主席阮春福会晤。"
    assert _visit_date(body) == "2023-10-03/2023-10-06"


def test_an_office_held_now_still_dates_the_page() -> None:
    body = "卡斯蒂亚国总统阿尔多·贝里尼于10月3日至6日对越南进行国事访问,其间前往主席府会见越南国家主席武文赏。"
    assert _visit_date(body) == "2023-10-03/2023-10-06"
