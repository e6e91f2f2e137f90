"""``在陪同X对Y进行国事访问期间,A与B举行会谈``: the frame a minister's act is told in names the
trip of the leader he escorts; the main article tells that trip by it, X visiting Y (the escort
making no visit of his own, and the talks staying the minister's).

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"两国加强司法合作\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]


def test_escorted_leader_visits_the_country_of_the_frame() -> None:
    evs = _events(
        "在陪同越共中央总书记、国家主席黎文安和夫人对老挝进行国事访问期间,6月12日,越南司法部部长"
        "陈明福在万象与老挝司法部部长本通·西萨举行了会谈。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert [p["name"] for p in visits[0]["source"]] == ["黎文安"], visits
    assert [p["name"] for p in visits[0]["target"]] == ["老挝"], visits
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1 and [p["name"] for p in talks[0]["source"]] == ["陈明福"], talks


def test_escorted_frame_after_the_reporter_names_the_visit_too() -> None:
    evs = _events(
        "越通社驻新加坡记者报道,在陪同国家主席黎文安对新加坡进行国事访问期间,越南国防部部长陈文丙"
        "大将3月5日会见了新加坡国防部部长林一山。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1 and [p["name"] for p in visits[0]["source"]] == ["黎文安"], evs
    assert not any(p["name"] == "陈文丙" for e in visits for p in e["source"]), visits


def test_escorted_frame_in_a_teaser_adds_no_visit() -> None:
    text = (
        "越老合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
        "越老加强司法合作\n"
        "在陪同国家主席黎文安对老挝进行国事访问期间,6月12日,越南司法部部长陈明福与老挝司法部部长"
        "本通·西萨举行了会谈。\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert not any(e["mode"] == "visit" for e in evs), evs
