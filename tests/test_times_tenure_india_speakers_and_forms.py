"""The Lok Sabha speakers and the forms VNA writes Indian presidents and ministers in (穆克吉,
考文德, 胡尔希德) name their terms, so a year-less day told with them gets the year the terms
share. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_president_and_a_speaker_of_india_share_one_june() -> None:
    doc = page("会见", ["6月5日,越共中央总书记阮富仲在新德里分别会见印度总统穆克吉和印度人民院议长梅拉·库马尔。"])
    t = tv(doc, "6月5日")
    assert (t.value, t.basis) == ("2013-06-05", "tenure")


def test_kovind_in_the_vna_form_dates_a_meeting_with_the_president_of_2016_2018() -> None:
    doc = page("会见", ["2月10日,国家主席陈大光会见印度总统考文德。"])
    t = tv(doc, "2月10日")
    assert (t.value, t.basis) == ("2018-02-10", "tenure")


def test_the_speaker_of_2014_2019_is_named_in_office() -> None:
    doc = page("会见", ["9月1日,国家主席陈大光会见印度人民院议长苏米特拉·马哈詹。"])
    t = tv(doc, "9月1日")
    assert t.basis == "tenure" and "人民院议长苏米特拉·马哈詹" in (t.basis_text or "")


def test_the_foreign_minister_in_the_vna_form_is_named_in_office() -> None:
    doc = page("会见", ["3月4日,国家主席张晋创会见印度外交部长胡尔希德。"])
    t = tv(doc, "3月4日")
    assert t.basis == "tenure" and "外交部长胡尔希德" in (t.basis_text or "")
