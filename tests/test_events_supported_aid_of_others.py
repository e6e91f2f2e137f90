"""Aid told with no one named to receive it and no sum (``越南支持X为灾民提供的人道主义援助``) is a
background of what is supported, no gift of its own; a gift with a sum is still coded."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    text = f"两国加强合作\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]


def test_supported_aid_of_an_agency_is_no_event() -> None:
    assert not _aid("3月25日,陈文甲申明,越南支持世界粮食计划署(WFP)为灾民提供的人道主义援助。")


def test_gift_with_a_sum_is_kept() -> None:
    assert _aid("3月25日,越南已向东盟应对新冠肺炎疫情基金捐款10万美元。")
