"""A foreign name with no office right after a meeting verb (会见萨塔诺夫。, 接见了卡伦提一行) or
opening a clause as the traveller (卡伦提一行抵达河内) is read; the meeting itself (会见中) and
the short form of a dot name the page gives whole are not read alone."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    page = f"越南与芬兰加强合作\n\n越通社河内——{body}\n\n双方同意加强合作。\n\n越通社\n"
    return to_record(extract(page))["events"]


def _sides(ev: dict) -> tuple[set[str], set[str]]:
    return {p["name"] for p in ev["source"]}, {p["name"] for p in ev["target"]}


def test_bare_name_met() -> None:
    evs = [e for e in _events("3月4日,越南政府总理黎文安会见萨塔诺夫。") if e["mode"] == "meeting"]
    assert len(evs) == 1, evs
    assert set.union(*_sides(evs[0])) == {"黎文安", "萨塔诺夫"}, evs


def test_bare_name_met_with_party() -> None:
    evs = [e for e in _events("3月4日,越南政府总理黎文安接见了卡伦提一行。") if e["mode"] == "meeting"]
    assert len(evs) == 1, evs
    assert set.union(*_sides(evs[0])) == {"黎文安", "卡伦提"}, evs


def test_bare_traveller_opening_a_clause() -> None:
    evs = [e for e in _events("3月4日,卡伦提一行抵达河内,开始对越南进行正式访问。") if e["mode"] == "visit"]
    assert len(evs) == 1, evs
    assert _sides(evs[0])[0] == {"卡伦提"}, evs


def test_the_meeting_itself_is_no_name() -> None:
    evs = _events("3月4日,越南政府总理黎文安会见芬兰总统萨塔诺夫。萨塔诺夫在会见中宣布,芬兰将向越南提供援助。")
    names = {p["name"] for e in evs for p in e["source"] + e["target"]}
    assert not any(n.startswith("中") for n in names), evs


def test_short_form_of_a_whole_dot_name_keeps_the_full_name() -> None:
    page = (
        "芬兰总统萨塔诺夫宣布向越南援助100万美元\n\n越通社河内——3月4日,芬兰总统米卡·萨塔诺夫抵达河内,"
        "开始对越南进行正式访问。同日,越南政府总理黎文安会见了萨塔诺夫。\n\n越通社\n"
    )
    rec = to_record(extract(page))
    names = {p["name"] for e in rec["events"] for p in e["source"] + e["target"]}
    assert "萨塔诺夫" not in names, rec["events"]
