"""A video conference Viet Nam's own leader chairs with Viet Nam's own bodies (committees,
ministries, provinces) is domestic work, no event; one held with a foreign side stays."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    page = f"测试标题\n\n越通社河内——{body}(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["type"] != "OTHER"]


def test_a_video_conference_chaired_with_home_bodies_is_no_event() -> None:
    got = _events("2021年3月5日,越南政府副总理黎明海在河内主持召开数字转型国家委员会与各部委、行业和地方政府的数字转型指导委员会的视频会议。")
    assert got == [], got


def test_a_video_conference_with_a_foreign_side_stays() -> None:
    got = _events("2021年3月5日,越南政府副总理黎明海在河内同老挝政府副总理宋赛·西潘敦举行视频会议。")
    assert [e["mode"] for e in got] == ["video"], got
