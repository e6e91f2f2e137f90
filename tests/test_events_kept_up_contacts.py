"""Calls and meetings a clause says are kept up (``保持电话会谈、…视频会议``) are a practice, not one
of them held: no event of their own beside the call the page tells."""

from __future__ import annotations

from dyad import extract, to_record


def test_calls_and_video_meetings_kept_up_are_no_event() -> None:
    body = (
        "9日,越南政府总理范明政与泰国总理巴育通电话。\n\n"
        "两位总理对两国合作在困难情况下仍保持良好势头,保持电话会谈、高层和各级别视频会议,"
        "发挥好合作机制等表示满意。"
    )
    text = f"范明政与巴育通电话\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    assert [e["mode"] for e in evs] == ["phone"], [(e["mode"], e["evidence"]["text"]) for e in evs]


def test_congratulatory_call_retold_in_the_text_is_one_call() -> None:
    """``A与B通电话表示祝贺`` (SUPPORT) in the title and ``A在与B通电话时…`` in the text: one call."""
    body = (
        "3日,老挝总理宋赛与越南新任国家主席梁强通电话,祝贺梁强当选越南国家主席。\n\n"
        "宋赛在与梁强通电话时高度评价越南近期取得的成就,表示愿同越方加强合作。"
    )
    text = f"宋赛与梁强通电话表示祝贺\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "phone"]
    assert len(evs) == 1, [(e["type"], e["evidence"]["text"]) for e in evs]
    assert evs[0]["type"] == "SUPPORT", evs[0]["type"]
