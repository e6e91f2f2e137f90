"""The terms of Ethiopia's prime minister Abiy Ahmed (from April 2018) and Argentina's president
Mauricio Macri (December 2015 to December 2019) narrow a year-less day told with a Vietnamese
president to the one year both held office. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_president_of_2016_2018_meeting_abiy_ahmed_is_in_2018() -> None:
    doc = page("会见", ["8月5日,越南国家主席陈大光在河内会见来访的埃塞俄比亚总理阿比·艾哈迈德。"])
    t = tv(doc, "8月5日")
    assert (t.value, t.basis) == ("2018-08-05", "tenure")


def test_a_president_of_2018_2021_hosting_macri_is_in_2019() -> None:
    doc = page("会谈", ["3月2日,越南国家主席阮富仲同阿根廷总统毛里西奥·马克里举行会谈。"])
    t = tv(doc, "3月2日")
    assert (t.value, t.basis) == ("2019-03-02", "tenure")


def test_the_short_form_of_macri_names_the_same_term() -> None:
    doc = page("会谈", ["3月2日,国家主席阮富仲同马克里总统举行会谈。"])
    assert tv(doc, "3月2日").value == "2019-03-02"
