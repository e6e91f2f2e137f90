"""Under a home dateline, the travelling reporter's opening ``据越通社特派记者报道,某国总统X…在总统府
与越南…举行会谈`` places the talks in the foreign leader's country: a bare seat (总统府, 王宫) right
after its foreign holder is his, not one in Hanoi. A Vietnamese leader's seat moves nothing.
Names and sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(opening: str) -> list[dict]:
    text = f"两国领导人举行会谈\n\n越通社河内——{opening}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]


def test_a_foreign_presidents_palace_is_in_his_country() -> None:
    evs = _talks("据越通社特派记者报道,菲律宾总统安德烈斯·罗莫6月3日下午在总统府与越南政府总理阮文甲举行会谈。")
    assert evs and all(e["location"] != "河内" for e in evs), evs
    assert evs[0]["location"] == "菲律宾", evs


def test_the_home_leaders_seat_keeps_the_dateline() -> None:
    evs = _talks("据越通社特派记者报道,越南国家主席阮文乙6月3日下午在主席府与菲律宾总统安德烈斯·罗莫举行会谈。")
    assert evs and all(e["location"] != "菲律宾" for e in evs), evs
