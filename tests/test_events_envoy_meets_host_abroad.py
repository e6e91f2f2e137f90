"""An envoy of Viet Nam posted abroad who meets a side of the country he is posted in met it there,
not in the dateline's city at home: the text names no city, so the meeting is left unplaced."""

from __future__ import annotations

from dyad import extract


def test_envoy_call_on_host_minister_is_not_placed_at_home() -> None:
    doc = extract(
        "越南与秘鲁加强合作\n\n越通社河内——越南驻秘鲁特命全权大使陈文甲日前礼节性拜会秘鲁外交部长胡安·佩雷斯"
        "(Juan Perez)。双方讨论了两国经贸合作。(越通社—VNA)\n越通社\n"
    )
    meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meetings and all(e.location != "河内" for e in meetings)


def test_meeting_with_a_foreign_envoy_at_home_keeps_the_dateline() -> None:
    doc = extract(
        "越南与秘鲁加强合作\n\n越通社河内——5月4日,越南外交部副部长陈文甲会见了秘鲁驻越南大使胡安·佩雷斯"
        "(Juan Perez)。(越通社—VNA)\n越通社\n"
    )
    meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meetings and meetings[0].location == "河内"
