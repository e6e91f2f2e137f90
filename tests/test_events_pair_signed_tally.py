"""``两国签署多项合作协议,为…奠定基础``: the pair, the verb and a tally of documents with no time or
occasion told recite the record of the relations, no signing of their own; a year keeps it."""

from __future__ import annotations

from test_events import events_of


def test_undated_pair_tally_is_no_signing() -> None:
    evs = events_of("越老两国签署多项经贸合作协定,为双边贸易发展创造了良好条件。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_year_keeps_the_tally_signing() -> None:
    evs = events_of("2018年,两国签署多项经贸合作协定。")
    assert [e for e in evs if e["type"] == "AGREE"], evs


def test_undated_two_provinces_tally_is_no_signing() -> None:
    evs = events_of("安江省与柬埔寨茶胶省边界相连。两省签署了多项合作协议,并在卫生、教育等领域开展合作。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_one_country_with_a_count_of_documents_is_no_signing() -> None:
    evs = events_of("柬埔寨经济日益开放,柬埔寨签署9个自由贸易协定,吸引了大量外资。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_counted_signing_after_talks_stays() -> None:
    evs = events_of("2024年5月3日,老挝总理与泰国总理举行会谈。会谈后,老挝与泰国签署了4项合作文件。")
    assert [e for e in evs if e["type"] == "AGREE"], evs


def test_undated_pair_tally_with_fields_between_is_no_signing() -> None:
    evs = events_of("3月5日,古巴代表团出席大会。两党在医疗、渔业和教育等领域共同签订了多项合作协定并取得丰硕成果。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_year_keeps_the_tally_signing_with_fields_between() -> None:
    evs = events_of("2018年,两党在医疗和教育等领域共同签订了多项合作协定。")
    assert [e for e in evs if e["type"] == "AGREE"], evs
