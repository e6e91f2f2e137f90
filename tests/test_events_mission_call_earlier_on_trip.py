"""A delegation's call at a mission told with 此前 right after a dated sentence of the same paragraph
(``…5月4日晚上,X一行出席…招待会。此前,X一行造访越南驻某国大使馆``) is an earlier stop of the trip,
kept; an undated 此前 visit to another country stays undated background, left out."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]


def test_mission_call_told_with_earlier_after_dated_sentence_is_kept() -> None:
    page = (
        "越南副总理访问某国\n\n"
        "越通社河内——5月4日,越南政府副总理黎明山率领的代表团开始对葡萄牙进行正式访问。\n\n"
        "访问葡萄牙期间,5月4日晚上,黎明山一行出席两国友好交流招待会。"
        "此前,黎明山一行造访越南驻葡萄牙大使馆,与旅居葡萄牙越南人代表会面。(完)\n"
    )
    targets = [t["name"] for e in _visits(page) for t in e["target"]]
    assert "越南驻葡萄牙大使馆" in targets, _visits(page)


def test_undated_earlier_visit_to_another_country_stays_out() -> None:
    page = (
        "越南副总理访问某国\n\n"
        "越通社河内——5月4日,越南政府副总理黎明山率领的代表团开始对葡萄牙进行正式访问。"
        "此前,黎明山一行对西班牙进行了正式访问。(完)\n"
    )
    targets = [t["name"] for e in _visits(page) for t in e["target"]]
    assert "西班牙" not in targets, _visits(page)
