"""Real-page audit (h90): a list of what one leader did, each item a verb phrase after 、
(``出席…并发表讲话、会见A和B、与…举行多场双方会晤、与C举行座谈会、会见D``). The object of
会见 ran on past the 、 to the clause's end (so a 的 further on cut A and B away), the next item
took the people met before it as its subject, and a pair word of an earlier item (双方会晤)
turned the items after it into meetings between the last two named."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[tuple[list[str], list[str]]]:
    rec = to_record(extract(f"总理出席多项活动\n\n越通社河内——{body}\n"))
    return [
        ([m["name"] for m in e["source"]], [m["name"] for m in e["target"]])
        for e in rec["events"]
        if e["mode"] == "meeting"
    ]


def test_met_people_survive_a_later_de() -> None:
    got = _meetings("越南国家主席陈文明9月20日会见联合国秘书长古特雷斯、与各国5位领导人举行多场重要的双方会晤。")
    assert (["陈文明"], ["古特雷斯"]) in got, got


def test_next_item_has_the_leader_as_its_subject() -> None:
    got = _meetings("越南政府总理黎明山5月8日会见了老挝总理坎代、与日本经济团体联合会举行座谈会。")
    assert (["黎明山"], ["坎代"]) in got, got
    assert (["黎明山"], ["日本经济团体联合会"]) in got, got


def test_pair_word_of_an_earlier_item_is_not_the_sides_of_the_next() -> None:
    got = _meetings(
        "越南政府总理黎明山5月8日会见了老挝总理坎代、与各国领导人举行多场双方会晤、与日本经济团体联合会举行座谈会。"
    )
    assert (["黎明山"], ["日本经济团体联合会"]) in got, got
