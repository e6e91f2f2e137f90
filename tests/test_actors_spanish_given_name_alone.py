"""A Spanish given·paternal·maternal name the page goes on calling by the given name alone (and never
by the paternal or maternal name alone): the bare given name is the same person."""

from __future__ import annotations

from dyad import extract, to_record


def test_given_name_alone_is_the_full_name() -> None:
    text = (
        "越南国会主席黎明心与秘鲁国会主席举行会谈\n\n"
        "越通社河内——应越南国会主席黎明心的邀请,秘鲁国会主席阿尔贝托·吉梅内斯·莫拉莱达"
        "(Alberto Jimenez Moraleda)于2023年3月10日至14日对越南进行正式访问。\n\n"
        "3月11日上午,黎明心在国会大厦举行仪式,欢迎阿尔贝托一行。其后,黎明心与阿尔贝托举行了会谈。(越通社——VNA)\n越通社\n"
    )
    events = to_record(extract(text))["events"]
    talks = [e for e in events if e["mode"] == "talks"]
    assert talks, events
    names = {p["name"] for e in talks for p in e["source"] + e["target"]}
    assert "阿尔贝托·吉梅内斯·莫拉莱达" in names, talks
    # the visitor is the source of the talks held during the visit
    assert [p["name"] for p in talks[0]["source"]] == ["阿尔贝托·吉梅内斯·莫拉莱达"], talks


def test_given_name_told_once_stays_unread() -> None:
    # one bare given name is no usage of the page: it names no one
    text = (
        "越秘两国议会加强合作\n\n"
        "越通社河内——3月11日上午,越南国会主席黎明心会见秘鲁国会主席阿尔贝托·吉梅内斯·莫拉莱达。"
        "会见阿尔贝托时,黎明心表示,越方重视对秘关系。(越通社——VNA)\n越通社\n"
    )
    actors = to_record(extract(text))["actors"]
    full = next(a for a in actors if a["name"] == "阿尔贝托·吉梅内斯·莫拉莱达")
    assert len(full["mentions"]) == 1, full["mentions"]


def test_paternal_name_alone_keeps_its_reading() -> None:
    text = (
        "越秘两国议会加强合作\n\n"
        "越通社河内——3月11日上午,越南国会主席黎明心会见秘鲁国会主席阿尔贝托·吉梅内斯·莫拉莱达。"
        "吉梅内斯表示,秘方重视对越关系。阿尔贝托此前曾访越。(越通社——VNA)\n越通社\n"
    )
    events = to_record(extract(text))["events"]
    assert any(p["name"] == "阿尔贝托·吉梅内斯·莫拉莱达" for e in events for p in e["target"]), events
