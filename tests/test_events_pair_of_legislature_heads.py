"""The pair words that name the two sides of an exchange told just before cover the forms either
office is written in: 两国政府首相 as 两国政府总理, and the heads of two legislatures (两国国会主席,
两国国会议长, 两位议长), whose talks are between the two people, not the two bodies, and are not lost."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _events(text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    return [
        (e["type"], e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    ]


@pytest.mark.parametrize("pair", ["两国国会主席", "两国国会议长", "两位议长"])
def test_talks_of_two_legislature_heads(pair: str) -> None:
    text = (
        "某国国会主席访问邻国\n\n越通社万象——3月4日,越南国会主席阮文丙抵达万象,对老挝进行正式访问。"
        f"当天下午,老挝国会主席通沙万会见了阮文丙。随后,{pair}举行会谈。(完)\n"
    )
    assert ("CONSULT", "talks", ["阮文丙"], ["通沙万"]) in _events(text)


def test_two_premiers_written_shouxiang_cochairing_is_no_meeting_of_the_visitor() -> None:
    text = (
        "越南总理会见某国外长\n\n越通社河内——3月4日,越南政府总理阮文甲在河内会见了正在越南访问的柬埔寨外交大臣索文。"
        "阮文甲表示,不久前越共中央总书记黎文乙对柬埔寨进行了国事访问,两党举行了高层会晤,"
        "两国政府首相共同主持了越柬政府间委员会第12次会议。(完)\n"
    )
    evs = _events(text)
    assert not [e for e in evs if "越柬政府间委员会" in e[2] + e[3]], evs
