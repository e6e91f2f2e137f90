"""古巴共产党中央对外部 (also 古共中央对外部) is the Cuban party's department, one body of Cuba,
not the Cuban party and Viet Nam's 中央对外部 side by side.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def test_the_cuban_department_is_one_cuban_body() -> None:
    text = (
        "越南和古巴加强合作\n\n越通社哈瓦那——2019年9月20日,越南外交部副部长陈文甲在哈瓦那与古巴共产党中央对外部领导人"
        "举行工作座谈。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert [(p["name"], p["country"]) for e in evs for p in e["target"]] == [("古巴共产党中央对外部", "CUB")], evs
