"""A body whose name joins two parts with 与 (欧洲与美洲研究所, 出版印刷与发行局) is one body: a seminar it holds is no meeting of two sides, and its delegation is led by the head named after 在…率领下."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_seminar_held_by_the_institute_is_no_meeting() -> None:
    text = (
        "越南举办智利问题座谈会\n\n越通社河内——2025年3月4日,越南社会科学翰林院欧洲与美洲研究所举办了以"
        "“智利的发展道路”为主题的国际学术座谈会,促进学术交流。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] != "OTHER"]
    assert not evs, evs


def test_a_delegation_of_a_department_named_with_yu_is_led_by_its_named_head() -> None:
    text = (
        "越南出版代表团访问古巴\n\n越通社河内——3月2日至9日,越南文化、体育与旅游部出版印刷与发行局代表团在副局长黎文松"
        "率领下访问古巴,并就两国出版合作开展工作交流。(完)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and [p["name"] for p in visits[0]["source"]] == ["黎文松"], visits
