"""古共青盟 (the Union of Young Communists of Cuba) is Cuban: its first secretary is a foreign guest."""

from __future__ import annotations

from dyad import extract, to_record


def _page(body: str) -> str:
    return f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"


def test_the_cuban_young_communists_short_form_is_cuban() -> None:
    body = "越南国会副主席阮德海5月18日会见正在对越南进行工作访问的古共青盟第一书记Maria Pérez 一行。"
    evs = to_record(extract(_page(body)))["events"]
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting, evs
    assert [(p["name"], p["country"]) for p in meeting[0]["source"]] == [("Maria Pérez", "CUB")], meeting
