"""``在华越南留学生``, ``在日越南侨胞``: a country's people living abroad, named after 在, do not place
the event in their home country."""

from __future__ import annotations

from dyad import extract


def test_students_living_abroad_do_not_place_the_meeting_at_home() -> None:
    doc = extract(
        "越南国会主席访问智利\n\n越通社河内——应智利众议长胡安·佩雷斯的邀请,越南国会主席黎文乙于5月3日至6日对智利进行"
        "正式访问。访问期间,黎文乙还看望了越南驻智利大使馆工作人员和在智越南留学生代表。(越通社—VNA)\n越通社\n"
    )
    meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meetings and all(e.location != "越南" for e in meetings)
