"""On a page about a trip abroad told from Hanoi, a sentence whose own trip came to Viet Nam
(``其后,在X总理2016年5月对越南进行正式访问期间,双方签署了…``) places its acts in Viet Nam, not
in the country of the story's trip."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理即将访问老挝\n\n"
    "越通社河内——应老挝总理坎温·本玛的邀请,越南政府总理黎文丙将于9月3日至5日对老挝进行正式访问。\n\n"
    "其后,在老挝总理坎温·本玛2016年5月对越南进行正式访问期间,双方签署了《贸易合作协定》。(越通社——VNA)\n"
)


def test_signing_on_the_trip_to_viet_nam_is_in_viet_nam() -> None:
    events = to_record(extract(PAGE))["events"]
    signed = [e for e in events if e["mode"] == "sign"]
    assert len(signed) == 1, events
    assert signed[0]["location"] == "越南", signed
