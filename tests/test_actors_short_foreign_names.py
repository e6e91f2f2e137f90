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
    # named in full, as the page first names him
    assert [(p["name"], p["country"]) for p in meeting[0]["source"]] == [("马克·哈蒙德", "AUS")], meeting


def test_a_dot_name_ending_in_jun_keeps_it() -> None:
    from dyad import extract, to_record

    body = "越南国会主席日前致电颂猜·威拉军,祝贺他当选泰国国会主席。"
    text = f"越南领导人致电祝贺\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert evs and [p["name"] for p in evs[0]["target"]] == ["颂猜·威拉军"], evs
