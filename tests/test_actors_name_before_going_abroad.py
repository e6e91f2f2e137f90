"""A name ends before 出访 (goes abroad on a visit) as before 访问: ``越南国会主席陈青敏出访柬埔寨和泰国``
names 陈青敏 as the traveller, not the body of his office."""

from __future__ import annotations

from dyad import extract, to_record


def test_traveller_named_before_chufang() -> None:
    page = "标题\n\n越通社河内——正文。\n\n更多\n\n越南国会主席陈青敏出访柬埔寨和泰国\n老挝总理访问越南\n"
    rec = to_record(extract(page))
    visits = [e for e in rec["events"] if e["mode"] == "visit" and "出访" in e["evidence"]["text"]]
    assert [p["name"] for e in visits for p in e["source"]] == ["陈青敏"], rec["events"]
