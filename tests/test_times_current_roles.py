"""Two yearly roles a country holds now, with no year word (``越南同时担任东盟轮值主席国和联合国安理会
非常任理事国``), intersect to the page's year; a role held once says nothing. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_two_roles_held_now_give_the_year() -> None:
    doc = page(
        "通电话",
        ["5月14日下午,两国外长通电话。", "在越南同时担任东盟轮值主席国和联合国安理会非常任理事国的背景下,双方同意加强协调。"],
    )
    assert tv(doc, "5月14日下午").value == "2020-05-14"


def test_one_role_held_now_alone_fixes_nothing() -> None:
    doc = page("通电话", ["5月14日下午,两国外长通电话。", "作为东盟轮值主席国,越南愿同各方加强协调。"])
    assert tv(doc, "5月14日下午").value is None or not tv(doc, "5月14日下午").value.startswith("2020")


def test_roles_held_once_say_nothing() -> None:
    doc = page(
        "通电话",
        ["5月14日下午,两国外长通电话。", "越南曾于2010年担任东盟轮值主席国和联合国安理会非常任理事国,积累了经验。"],
    )
    assert tv(doc, "5月14日下午").value is None
