"""A forum told only as the frame of a meeting ("在X出席Y期间,A会见了B") is attended by A."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南国会主席会见外宾\n\n越通社纽约——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def _forums(evs: list[dict]) -> list[dict]:
    return [e for e in evs if e["mode"] == "multilateral"]


def test_the_subject_after_the_frame_attended_the_forum() -> None:
    evs = _events(
        "越通社特派记者报道,在美国纽约出席第五届世界议长大会期间,越南国会主席黎文安9月2日上午会见了老挝国会主席宋巴·阿里。"
        "双方同意加强两国国会合作。"
    )
    forums = _forums(evs)
    assert [[p["name"] for p in e["source"]] for e in forums] == [["黎文安"]], evs
    assert [p["name"] for p in forums[0]["target"]] == ["第五届世界议长大会"], forums
    assert any(e["mode"] == "meeting" for e in evs), evs


def test_the_source_is_the_subject_not_the_one_met() -> None:
    evs = _events(
        "在出席2019年东盟外长会议期间,8月8日,越南外交部长陈德海会见柬埔寨外交部长宋金。双方交换意见。"
    )
    assert [[p["name"] for p in e["source"]] for e in _forums(evs)] == [["陈德海"]], evs


def test_an_attendance_told_elsewhere_is_not_doubled() -> None:
    evs = _events(
        "9月1日,越南国会主席黎文安在纽约出席第五届世界议长大会开幕式。"
        "在美国纽约出席第五届世界议长大会期间,黎文安9月2日上午会见了老挝国会主席宋巴·阿里。"
    )
    assert len(_forums(evs)) == 1, evs
