"""A story told on the occasion of a visit given with its days (``值此X于5月9日至10日对柬埔寨进行
正式访问之际,…接受了记者的采访``) codes that visit, its visitor named inside the occasion; an
occasion visit with no days stays a frame."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"外交部副部长谈访问成果\n\n越通社河内——{body}\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_the_occasion_visit_with_its_days_is_coded() -> None:
    evs = _visits("值此老挝国家主席通伦·西苏里圆满结束5月9日至10日对柬埔寨王国进行正式友好访问之际,老挝外交部副部长接受了记者的采访。")
    assert [p["name"] for e in evs for p in e["source"]] == ["通伦·西苏里"], evs


def test_an_occasion_visit_without_days_stays_a_frame() -> None:
    assert _visits("值此老挝国家主席通伦·西苏里对柬埔寨王国进行正式友好访问之际,老挝外交部副部长接受了记者的采访。") == []


def test_an_anniversary_of_a_year_set_aside_ahead_does_not_date_the_visit() -> None:
    evs = _visits(
        "值此越南政府总理范明政圆满结束5月3日至4日对老挝进行正式访问之际,越南外交部副部长接受了记者的采访。"
        "两国总理同意将2022年确定为越老团结友好年,隆重庆祝越老建交60周年。"
    )
    assert [e["date"] for e in evs] == [None], evs
