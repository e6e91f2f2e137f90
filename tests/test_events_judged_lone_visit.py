"""A visit told only as the subject of a speaker's judgement (its success, what it gave), with no day
or year and nothing else on the page by its visitor, is a past trip recalled, no event; a dated one,
or the visit the page reports (its meetings told too), stays."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    page = f"越老关系不断发展\n\n越通社河内——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["mode"] == "visit"]


def test_a_judged_undated_past_visit_is_no_event() -> None:
    evs = _visits("老挝学者坎西·本玛8月2日在万象接受采访时强调,阮文平访老之旅为深化两国特殊关系注入了新的动力。")
    assert evs == [], evs


def test_a_recent_visit_judged_successful_is_no_event() -> None:
    evs = _visits("座谈会上,老挝驻越南大使坎西·本玛表示,特别是近日阮文平总书记访老非常成功,为两国关系开辟了新的篇章。")
    assert evs == [], evs


def test_a_judged_visit_with_its_year_stays() -> None:
    evs = _visits("老挝学者坎西·本玛强调,阮文平2019年对老挝进行的国事访问为两国关系注入了新的动力。")
    assert len(evs) == 1, evs


def test_the_visit_the_page_reports_stays() -> None:
    evs = _visits(
        "访问老挝期间,8月2日下午,越南政府总理阮文平在万象会见了老挝国会主席坎西·本玛。"
        "坎西·本玛认为,阮文平总理一行访问老挝对促进两国合作关系发展具有重要意义。"
    )
    assert len(evs) == 1, evs
