"""``与B进行工作座谈``: a talk held with a named side told with 进行 is a meeting, like 举行座谈;
``在与B进行工作座谈时,…介绍了``, the frame of what was said, is none.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    text = f"越南和古巴加强合作\n\n越通社哈瓦那——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_a_talk_held_with_jinxing_is_a_meeting() -> None:
    evs = _meetings("2019年9月20日,越南外交部副部长陈文甲在哈瓦那与古巴外交部第一副部长马里奥·洛佩斯进行工作座谈。")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["target"]] == ["马里奥·洛佩斯"], evs


def test_the_frame_of_what_was_said_is_no_meeting() -> None:
    evs = _meetings("2019年9月20日,古巴外交部第一副部长马里奥·洛佩斯在与代表团进行工作座谈时介绍了古巴的发展情况。")
    assert not evs, evs
