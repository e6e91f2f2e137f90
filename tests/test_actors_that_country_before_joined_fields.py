"""``该国社区和社会事务部部长X``: a ministry named by two fields joined by 和 after 该国 (the country
told before) is one office, as after a country's name, so X keeps the whole title and his country.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def test_that_country_ministry_with_two_fields_keeps_its_country() -> None:
    text = (
        "越委加强合作\n\n越通社加拉加斯——越南共产党代表团于7月19日至23日对委内瑞拉进行工作访问。"
        "访问期间,代表团会见了委内瑞拉统一社会主义党副主席卡洛斯·门多萨,与该国社区和社会事务部部长"
        "路易斯·罗哈斯进行座谈。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    people = [p for e in evs for p in e["target"] if p["name"] == "路易斯·罗哈斯"]
    assert people, evs
    assert people[0]["title"] == "该国社区和社会事务部部长", people
    assert people[0]["country"] == "VEN", people
