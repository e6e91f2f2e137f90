"""A signing told in a paragraph that opens by summing up a long stretch (``长期以来,…``), its own
sentence giving no time, is undated background the annotators leave out, like one after ``五年来,``.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_a_signing_in_a_long_stretch_summed_up_is_left_out() -> None:
    from test_events import events_of

    evs = events_of(
        "6月2日,越南国会副主席甲乙丙会见了老挝国会副主席丁戊己。\n\n"
        "长期以来,越老两国议会交往日益密切。两国议会还签署了多份合作文件,为合作奠定基础。"
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs
    assert [e for e in evs if e["mode"] == "meeting"], evs


def test_a_dated_signing_after_the_summary_is_kept() -> None:
    from test_events import events_of

    evs = events_of(
        "6月2日,越南国会副主席甲乙丙会见了老挝国会副主席丁戊己。\n\n"
        "长期以来,越老两国国会合作不断深化。会见后,双方于6月2日签署了国会合作协议。"
    )
    assert [e for e in evs if e["type"] == "AGREE"], evs
