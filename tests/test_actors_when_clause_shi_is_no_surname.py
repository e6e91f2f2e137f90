"""时 is a surname, but after a name and its rank it closes a "when" clause: ``知事山田一郎在会见陈文甲大使
时已表示`` names 陈文甲 only; 时已, 时曾, 时还 are no person, and the meeting has one visitor."""

from __future__ import annotations

from dyad import extract


def _page(body: str) -> str:
    return f"越南与日本加强合作\n\n越通社东京——{body}(越通社—VNA)\n越通社\n"


def test_shi_after_ambassador_rank_is_no_person() -> None:
    for adverb in ("已", "曾", "还", "也"):
        doc = extract(
            _page(
                "越南驻日本大使陈文甲5月3日至5日对福冈县进行访问。"
                f"福冈县知事山田一郎(Yamada Ichiro)在会见陈文甲大使时{adverb}表示,福冈县愿加强与越南的合作。"
            )
        )
        people = sorted({m.name for m in doc.mentions if m.kind == "person"})
        assert people == ["山田一郎", "陈文甲"], adverb
        meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
        assert meetings and [m.name for m in meetings[0].source] == ["陈文甲"], adverb
