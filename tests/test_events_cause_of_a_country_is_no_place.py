"""``在X…事业中``, ``在X…进程中``: a country's cause or course named in what is said is not where the
event took place."""

from __future__ import annotations

from dyad import extract


def test_cause_of_a_country_does_not_place_the_meeting() -> None:
    doc = extract(
        "越南与古巴加强合作\n\n越通社哈瓦那——2月16日和17日对古巴进行正式访问期间,越南国会副主席陈文甲分别会见"
        "古巴国务委员会副主席胡安·佩雷斯和古巴友好协会主席玛丽亚·洛佩斯(Maria Lopez)。会见玛丽亚·洛佩斯时,"
        "陈文甲盘点了越南各群众组织的作用与活动,同时强调其在越南社会主义共和国建设与捍卫事业中的重要性。"
        "(越通社—VNA)\n越通社\n"
    )
    meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meetings
    assert all(e.location == "哈瓦那" for e in meetings)
