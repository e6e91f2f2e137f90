"""A headline telling a minister meeting several counterparts by their countries
(``越南国防部长与新加坡、日本防长会晤``, the office read as its ministry) sums up the meetings the
body tells one by one (``分别与A、B举行双边会晤``): it is no meeting of its own. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社新加坡——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_headline_with_ministry_and_countries_sums_up_the_split_meetings() -> None:
    evs = _main(
        "安全对话:越南国防部长与新加坡、日本防长会晤",
        "6月3日下午,越共中央政治局委员、国防部长陈文海大将分别与新加坡国防部长黄永明、日本国防大臣山田一郎举行双边会晤。",
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 2, evs
    assert sorted(e["target"][0]["name"] for e in meetings) == ["山田一郎", "黄永明"]


def test_headline_country_not_met_in_the_body_is_kept() -> None:
    evs = _main(
        "安全对话:越南国防部长与新加坡、日本、加拿大防长会晤",
        "6月3日下午,越共中央政治局委员、国防部长陈文海大将分别与新加坡国防部长黄永明、日本国防大臣山田一郎举行双边会晤。",
    )
    assert len([e for e in evs if e["mode"] == "meeting"]) == 3, evs
