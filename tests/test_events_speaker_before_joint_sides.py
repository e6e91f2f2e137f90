"""``大使A表示,1962年,B代表团与C代表团…进行了会晤``: A tells of a meeting; B and C held it. One side
named after the speech verb (``A指出,…他同B通电话``) leaves the speaker as the other side."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南与加纳关系\n\n越通社阿克拉——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_speaker_is_no_side_of_the_meeting_he_tells() -> None:
    evs = _events(
        "越南驻加纳大使陈文平接受了记者采访。关于两国关系,陈文平表示,1962年,越南民主共和代表团与加纳人民大会党"
        "代表团在出席在开罗召开的亚非团结会议期间进行了会晤。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings, evs
    assert all(p["name"] != "陈文平" for e in meetings for p in e["source"] + e["target"]), meetings


def test_one_side_after_the_verb_keeps_the_speaker() -> None:
    evs = _events("越南国家主席武明山指出,2022年5月4日,他同加纳总统约翰·库福尔通电话。")
    calls = [e for e in evs if e["mode"] == "phone"]
    assert calls and [p["name"] for p in calls[0]["source"]] == ["武明山"], evs
