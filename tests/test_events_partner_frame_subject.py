"""``A与B举行会晤时,双方…``: a meeting told as the frame of what was said, its subject named
without 在, is reported (as ``同B举行会晤时`` and ``在与B会谈时`` are), even behind a long office."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(sentence: str) -> list[list[str]]:
    body = "由越共中央书记处书记阮文南为首的越南共产党代表团从5月3日至6日对古巴进行工作访问。\n\n" + sentence
    text = f"阮文南率团访问古巴\n\n{body}\n\n越通社哈瓦那——{body}(越通社-VNA)\n越通社\n"
    return [[t["name"] for t in e["target"]] for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_subject_with_partner_frame_is_a_meeting() -> None:
    got = _meetings("阮文南与古巴共产党第二书记莫拉莱斯(Roberto Morales)举行会晤时,双方互相通报各自党和国家的情况。")
    assert got == [["莫拉莱斯"]], got


def test_subject_with_partner_behind_long_office_is_a_meeting() -> None:
    got = _meetings(
        "阮文南与古巴共产党中央委员会政治局委员、全国人民政权代表大会副主席安娜·玛丽亚·马里"
        "(Ana Maria Mari)举行会晤时,双方就加强立法机构合作进行讨论。"
    )
    assert got == [["安娜·玛丽亚·马里"]], got

