"""In a teaser, the words after an intransitive meeting verb that tell a stance (``与各位使节会面
表示高兴``) are no group met: only the side named in the headline is the target."""

from __future__ import annotations

from dyad import extract, to_record


def test_stance_after_meeting_verb_is_no_side() -> None:
    text = (
        "越南公民仍然安全\n\n越通社河内——据越南外交部的消息,越南公民仍然安全。(完)\n\n越通社\n\n更多\n\n"
        "会见现场。图自越通社\n\n越南政府副总理陈文丁会见欧盟驻越南各位大使及临时代办\n\n"
        "陈文丁对在新年前夕与各位使节会面表示高兴。他指出,双边关系取得显著进展。\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert len(evs) == 1
    names = [m["name"] for m in evs[0]["source"] + evs[0]["target"]]
    assert "表示高兴" not in names
    assert "欧盟" in names
