"""烈 is a transliteration character (安德烈, Andrei): a Russian name holding it is read whole, not
cut before it; a verb like 强烈 after a name still ends the name."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南与俄罗斯加强合作\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_name_with_lie_is_read_whole() -> None:
    evs = _events("8月5日,越南国会副主席陈文光会见了俄罗斯国家杜马副主席鲍里斯•安德烈琴科(Boris Andreichenko)。")
    names = [p["name"] for e in evs for p in e["target"]]
    assert "鲍里斯•安德烈琴科" in names, evs


def test_a_name_with_lie_after_the_dot() -> None:
    evs = _events("8月5日,越南外交部副部长黎光明会见了俄罗斯副外长安德烈·鲁坚科。")
    names = [p["name"] for e in evs for p in e["target"]]
    assert "安德烈·鲁坚科" in names, evs


def test_a_strong_verb_after_a_name_is_not_part_of_it() -> None:
    evs = _events("8月5日,俄罗斯总统弗拉基米尔·普京向越南国家主席武文明致唁电。普京强烈谴责这一袭击。")
    names = [p["name"] for e in evs for p in e["source"]]
    assert names and all(n == "弗拉基米尔·普京" for n in names), evs
