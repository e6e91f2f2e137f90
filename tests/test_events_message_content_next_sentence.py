"""A feeling voiced in the sentence after "A在慰问电中…" goes on telling that message, told before."""

from __future__ import annotations

from dyad import extract, to_record


def _page(paragraph: str) -> str:
    lead = "越南国家主席陈明山已就邻国北部发生山体滑坡向老挝总理宋沙平致慰问电。"
    return f"越南国家主席致慰问电\n\n越通社河内——{lead}\n\n{paragraph}(完)\n越通社\n"


def _support(paragraph: str) -> list[dict]:
    return [e for e in to_record(extract(_page(paragraph)))["events"] if e["type"] == "SUPPORT"]


def test_sympathy_said_after_the_message_opens_is_that_message() -> None:
    evs = _support("陈明山在慰问电中对滑坡造成人员伤亡深感悲痛。陈主席同时代表越南人民向老挝人民和遇难者家属表示诚挚慰问。")
    assert len(evs) == 1 and evs[0]["mode"] == "message", evs


def test_a_pronoun_going_on_is_that_message_too() -> None:
    evs = _support("陈明山在唁电中对滑坡造成人员伤亡深感悲痛。他还代表越南人民向老挝人民表示深切慰问。")
    assert len(evs) == 1, evs


def test_another_leader_named_feels_for_them_in_his_own_right() -> None:
    evs = _support("陈明山在慰问电中对滑坡造成人员伤亡深感悲痛。同日,越南政府总理黎文松也向老挝总理宋沙平表示诚挚慰问。")
    assert any(p["name"] == "黎文松" for e in evs for p in e["source"]), evs
