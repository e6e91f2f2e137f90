"""``越南与智利一直保持互访,其中值得一提的是2012年智利总统A对越南进行访问,越南副总理B2016年正式访问智利
以及双方部长级互访``: each dated visit of the examples after 其中 is told with its own visitor and host."""

from __future__ import annotations

from dyad import extract, to_record


def test_each_listed_visit_has_its_visitor_and_destination() -> None:
    body = (
        "越南与智利自建交以来一直保持各级别代表团互访,其中值得一提的是2012年智利总统卡洛斯·门多萨对越南进行访问,"
        "越南政府副总理陈文明2016年正式访问智利以及双方部长级互访。"
    )
    text = f"越南与智利关系稳步发展\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    visits = {
        (e["source"][0]["name"], e["target"][0]["name"])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "visit" and e["source"] and e["target"]
    }
    assert ("卡洛斯·门多萨", "越南") in visits, visits
    assert ("陈文明", "智利") in visits, visits
    assert not any(s in {"越南", "智利"} and t in {"越南", "智利"} for s, t in visits), visits
