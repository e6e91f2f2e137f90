"""``A国…副部长甲上将、B国…常务秘书乙``: a rank after a name (上将、) closes that person; the next
office chain starts after the 、, so the second person's country is the one named in their own
chain, not the first person's."""

from __future__ import annotations

from dyad import extract, to_record


def countries(body: str) -> dict[str, str | None]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return {a["name"]: a.get("country") for a in to_record(extract(page))["actors"] if a.get("kind") == "person"}


def test_second_person_after_a_rank_keeps_own_country() -> None:
    got = countries("2019年5月6日,越南国防部副部长阮文甲上将、泰国国防部常务秘书颂猜上将出席会议。")
    assert got.get("阮文甲") == "VNM" and got.get("颂猜") == "THA", got


def test_office_chain_joined_by_commas_still_one_person() -> None:
    got = countries("2019年5月6日,越共中央委员、国防部副部长阮文甲上将出席会议。")
    assert got.get("阮文甲") == "VNM", got
