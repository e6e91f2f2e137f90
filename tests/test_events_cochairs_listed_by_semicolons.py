"""Co-chairs of a bare meeting listed with semicolons (A;B;C共同主持了会议) hold no meeting with
the meeting itself: the last one's clause names no partner and 会议 is no side; when they brief
someone (…,向X通报…), all of them meet X."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


def _related(teaser: str) -> list[dict]:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_semicolon_listed_cochairs_make_no_meeting_with_the_forum() -> None:
    rel = _related(
        "越南向各国使馆通报会议成果\n\n"
        "3月7日,外交部长阮文甲;中央组织部副部长陈文乙;中央办公厅副主任黎文丙共同主持了会议,"
        "向各国驻越外交代表机构通报会议成果。"
    )
    assert len(rel) == 1, rel
    sides = [m["name"] for m in rel[0]["source"] + rel[0]["target"]]
    assert "会议" not in sides, rel


def test_semicolon_listed_cochairs_meet_the_ones_they_brief() -> None:
    """The chairs, every one of the list, hold the meeting with the ones they brief after 向."""
    rel = _related(
        "越南向各国使馆通报会议成果\n\n"
        "3月7日,外交部长阮文甲;中央组织部副部长陈文乙;中央办公厅副主任黎文丙共同主持了会议,"
        "向各国驻越外交代表机构通报会议成果。"
    )
    assert len(rel) == 1 and rel[0]["type"] == "CONSULT" and rel[0]["mode"] == "meeting", rel
    assert [m["name"] for m in rel[0]["source"]] == ["阮文甲", "陈文乙", "黎文丙"], rel
    assert [m["name"] for m in rel[0]["target"]] == ["各国驻越外交代表机构"], rel


def test_semicolon_listed_cochairs_with_no_one_briefed_hold_no_meeting() -> None:
    rel = _related("越南召开工作会议\n\n3月7日,外交部长阮文甲;中央组织部副部长陈文乙共同主持了会议。")
    assert [e["type"] for e in rel] == ["OTHER"], rel


def test_two_sides_cochairing_in_one_clause_still_meet() -> None:
    """A pair named in the clause itself (A与B共同主持…) is untouched by the list reading."""
    rel = _related(
        "越老举行合作会议\n\n"
        "3月7日,越南外交部长阮文甲与老挝外交部长通伦·沙曼共同主持了越老双边合作委员会第十次会议。"
    )
    assert len(rel) == 1 and rel[0]["type"] == "CONSULT", rel
