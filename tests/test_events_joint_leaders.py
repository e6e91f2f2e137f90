"""Joint acts of two leaders told with a pair word: who the pair stands for, and in which order."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南加强对外合作") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def only(events: list[dict[str, Any]], type_: str, mode: str) -> dict[str, Any]:
    hits = [e for e in events if e["type"] == type_ and e["mode"] == mode]
    assert len(hits) == 1, events
    return hits[0]


ABROAD = (
    "应柬埔寨人民党主席、参议院主席洪森的邀请,越共中央总书记、国家主席阮春明于2025年3月4日至5日"
    "对柬埔寨进行国事访问。3月4日上午,洪森在金边为阮春明举行欢迎仪式。"
)


def test_two_party_chiefs_who_are_heads_of_state_hold_talks() -> None:
    # "两位总书记、国家主席": the double office names the pair of the talks
    ev = only(events_of(ABROAD + "仪式结束后,两位总书记、国家主席举行会谈。"), "CONSULT", "talks")
    assert names(ev["source"]) == ["阮春明"] and names(ev["target"]) == ["洪森"]
    assert ev["date"] == "2025-03-04"


def test_documents_witnessed_by_two_leaders_abroad_have_the_vietnamese_side_first() -> None:
    # no 越柬-style pair word orders the sides: the agency's own country first, not the welcoming host
    evs = events_of(ABROAD + "随后,两位领导人共同见证了两国多份合作文件的交换仪式。")
    ev = only(evs, "AGREE", "sign")
    assert names(ev["source"]) == ["阮春明"] and names(ev["target"]) == ["洪森"]


def test_documents_signed_by_the_two_keep_the_named_order() -> None:
    # the two sign themselves ("两位书记签署"): the host named first stays the source
    body = (
        "应金边市委的邀请,胡志明市委书记阮文福于2025年3月4日至5日对金边进行工作访问。"
        "3月4日,金边市委书记索拉威在金边同阮文福举行会谈。会谈结束后,两位书记签署了两市合作协议。"
    )
    ev = only(events_of(body), "AGREE", "sign")
    assert names(ev["source"]) == ["索拉威"]


def test_deals_witnessed_after_a_joint_attendance_are_the_two_leaders() -> None:
    # "A与B共同出席了…,并见证了两国企业之间…的交换": the two witnesses, not the firms
    body = (
        "应越南政府总理范明政的邀请,泰国总理佩通坦于2025年5月15日至16日对越南进行正式访问。"
        "5月16日,佩通坦与范明政共同出席了越泰商务论坛,并见证了两国企业之间多份合作协议的交换。"
    )
    ev = only(events_of(body), "AGREE", "sign")
    assert names(ev["source"]) == ["佩通坦"] and names(ev["target"]) == ["范明政"]


def test_two_prime_ministers_styled_shouxiang_hold_talks() -> None:
    # "两国首相": a pair of heads of government written with 首相 (Cambodia, Japan, Thailand)
    body = (
        "应日本首相石破茂的邀请,越南政府总理范明政于2025年3月2日至3日对日本进行正式访问。"
        "3月2日,石破茂在东京为范明政举行欢迎仪式。随后,两国首相举行会谈。"
    )
    ev = only(events_of(body), "CONSULT", "talks")
    assert names(ev["source"]) == ["范明政"] and names(ev["target"]) == ["石破茂"]


def test_two_government_prime_ministers_cochair_and_witness() -> None:
    # "两国政府总理" is the two prime ministers, not the side word 两国政府
    body = (
        "应越南政府总理范明政的邀请,老挝政府总理宋赛·西潘敦于2025年2月20日至21日对越南进行正式访问。"
        "2月21日上午,两国政府总理共同主持两国合作委员会会议。会议结束后,两国政府总理见证了多份合作文件的签署。"
    )
    evs = events_of(body)
    sign = only(evs, "AGREE", "sign")
    assert names(sign["source"]) == ["范明政"] and names(sign["target"]) == ["宋赛·西潘敦"]
    assert any(
        e["type"] == "CONSULT" and names(e["source"]) == ["宋赛·西潘敦"] and names(e["target"]) == ["范明政"]
        and e["date"] == "2025-02-21"
        for e in evs
    ), evs
