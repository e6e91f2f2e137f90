"""A yearly role told with a count of terms (``越南已两次担任…``) looks back at terms all past and says
nothing of the page's year; an ordinal (``第二次担任``) still tells the term held now. Sentences
written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_roles_held_a_counted_number_of_times_say_nothing() -> None:
    doc = page(
        "通电话",
        ["5月14日下午,两国外长通电话。", "越南已两次担任东盟轮值主席国和联合国安理会非常任理事国,积累了丰富经验。"],
    )
    assert tv(doc, "5月14日下午").value is None


def test_a_term_told_by_its_ordinal_is_held_now() -> None:
    doc = page(
        "通电话",
        ["5月14日下午,两国外长通电话。", "在越南第二次担任联合国安理会非常任理事国和东盟轮值主席国的背景下,双方同意加强协调。"],
    )
    assert tv(doc, "5月14日下午").value == "2020-05-14"
