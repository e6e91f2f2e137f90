"""A trip frame that names no traveller (在应X的邀请对该国进行正式访问期间,DATE,A会见了B): the
traveller is A, the subject the sentence goes on with, not someone a later sentence's 他 points to."""

from __future__ import annotations

from dyad import extract, to_record

BODY = (
    "在应哈萨克斯坦工贸部长叶尔兰·努尔兰诺夫的邀请对该国进行正式访问期间,6月3日,越南农业部部长黎明辉"
    "会见了哈萨克斯坦议会上院副主席阿斯兰·别克托夫(Aslan Bektov)。\n\n"
    "双方就农业合作交换了意见。\n\n"
    "阿斯兰·别克托夫强调,哈萨克斯坦重视与越南的关系。阿斯兰·别克托夫强调不会忘记越南农业部在2021年向哈萨克斯坦捐赠3万吨大米的帮助。他强调将尽力促进向越南提供优质小麦种子。"
)


def _events() -> list[dict]:
    text = f"哈萨克斯坦议员:越南是重要伙伴\n\n{BODY.split(chr(10))[0]}\n\n越通社河内——{BODY}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_traveller_is_the_subject_after_the_frame() -> None:
    visits = [e for e in _events() if e["mode"] == "visit"]
    assert visits, _events()
    assert all([p["name"] for p in v["source"]] == ["黎明辉"] for v in visits), visits


def test_the_meeting_keeps_its_sides() -> None:
    meetings = [e for e in _events() if e["mode"] == "meeting"]
    assert meetings and [p["name"] for p in meetings[0]["source"]] == ["黎明辉"], meetings
