"""A foreigner named in full once, then by the last part of the name, keeps the country."""

from __future__ import annotations

from dyad import extract, to_record


def test_last_segment_of_a_dot_name_inherits_its_country() -> None:
    body = (
        "澳大利亚皇家海军舰队司令马克·哈蒙德(MarkHammond)少将于10月3日至6日对芽庄市进行友好访问。"
        "10月4日,庆和省人民委员会主席阮新俊会见了哈蒙德少将一行。"
    )
    text = f"澳大利亚海军舰艇访问芽庄\n\n{body}\n\n越通社芽庄——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting, evs
    assert [(p["name"], p["country"]) for p in meeting[0]["source"]] == [("哈蒙德", "AUS")], meeting
