"""A correspondent in the capital (``越通社东京——``) tells a trip to a prefecture or province of the
same country: the meetings of that trip, which name no place of their own, happened at the
destination, not at the dateline's capital."""

from __future__ import annotations

from dyad import extract


def _page(dateline: str, body: str) -> str:
    return f"越南与日本地方合作\n\n越通社{dateline}——{body}(越通社—VNA)\n越通社\n"


def test_meeting_on_a_trip_to_a_prefecture_is_placed_there() -> None:
    doc = extract(
        _page(
            "东京",
            "越南驻日本大使陈文甲5月3日至5日对福冈县进行访问。"
            "访问期间,福冈县知事山田一郎(Yamada Ichiro)会见了陈文甲,表示愿加强与越南各地方的合作。",
        )
    )
    (visit,) = [e for e in doc.events if e.section == "main" and e.mode == "visit"]
    assert visit.location == "福冈县"
    (meeting,) = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meeting.location == "福冈县"


def test_meeting_in_the_capital_itself_keeps_the_dateline() -> None:
    doc = extract(
        _page(
            "东京",
            "5月3日,越南驻日本大使陈文甲会见了日本外务副大臣山田一郎(Yamada Ichiro),双方同意加强合作。",
        )
    )
    (meeting,) = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meeting.location == "东京"


def test_dateline_naming_only_the_country_gives_way_to_the_prefecture() -> None:
    doc = extract(
        _page(
            "日本",
            "越南驻日本大使陈文甲5月3日至5日对福冈县进行访问。"
            "访问期间,福冈县知事山田一郎(Yamada Ichiro)会见了陈文甲,表示愿加强与越南各地方的合作。",
        )
    )
    (meeting,) = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meeting.location == "福冈县"
