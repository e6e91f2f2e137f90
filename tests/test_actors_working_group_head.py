"""A working group's head (工作组组长) is an office: the name after it is the person, without 长."""

from __future__ import annotations

from dyad import extract, to_record


def test_two_working_group_heads_meet() -> None:
    body = (
        "越南与老挝边境联合工作组第七次会议9月12日上午在岘港市举行。越南工作组代表团团长为越南外交部副部长、工作组组长阮文甲;"
        "老挝工作组代表团团长为老挝外交部副部长、工作组组长维莱·腊坎冯。"
    )
    text = f"越老边境联合工作组举行会议\n\n{body}\n\n越通社岘港——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert len(evs) == 1, evs
    names = {p["name"] for p in evs[0]["source"] + evs[0]["target"]}
    assert names == {"阮文甲", "维莱·腊坎冯"}, evs
    assert evs[0]["source"][0]["title"] == "工作组组长", evs
