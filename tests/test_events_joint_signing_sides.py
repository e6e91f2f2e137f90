"""A joint signing told with the two countries as its subject (``越俄两国签署了…条约``,
``越南—新加坡…协议是由两国政府签署的``) has the first-named country as its source and the other
as its target (the annotators' rule for joint signings), not both as sources with no target.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(body: str) -> list[tuple[list[str], list[str]]]:
    page = f"越南与外国关系\n\n越通社河内——{body}(越通社-VNA)\n\n越通社\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["type"] == "AGREE"
    ]


def test_a_pair_compound_subject_signs_first_to_second() -> None:
    assert _signings("1998年,越匈两国签署了友好合作条约,开辟了双方关系的新阶段。") == [(["越南"], ["匈牙利"])]


def test_an_agreement_signed_by_two_named_governments() -> None:
    assert _signings("越南—泰国文化合作协议是由两国政府于2004年签署的。") == [(["越南"], ["泰国"])]


def test_a_joint_statement_after_talks_has_the_partner_of_the_talks() -> None:
    """``A同B举行会谈,发表越日联合声明``: the statement is A's and B's."""
    got = _signings("访日期间,黎明山同日本首相山田太郎举行会谈,发表越日联合声明并共同举行联合新闻发布会。")
    assert got == [(["黎明山"], ["山田太郎"])]


def test_a_pair_compound_names_the_other_side_of_a_framed_signing() -> None:
    """``在A对意大利进行正式访问期间,越意两国签署了…``: A signs with Italy."""
    got = _signings("在越南国家主席黎明山于2013年1月对意大利进行正式访问期间,越意两国签署了关于建立战略伙伴关系的联合声明。")
    assert got == [(["黎明山"], ["意大利"])]


def test_both_sides_after_talks_sign_from_the_first_named() -> None:
    """``A与B举行会谈。双方…达成一致;签署…``: the two who met sign, A to B, not both with no target."""
    got = _signings(
        "5月3日,越南国会副主席黎明山与中国全国人大常委会副委员长王建国举行会谈。"
        "双方就两国立法机构合作的方向达成一致;签署拥有许多新内涵的新合作协议。"
    )
    assert got == [(["黎明山"], ["王建国"])]
