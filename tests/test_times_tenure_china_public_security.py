"""The terms of China's ministers of public security (孟建柱, 郭声琨, 赵克志, 王小洪) and of the director
of the CCP General Office 蔡奇 narrow a year-less day told with Viet Nam's minister of public security
to the one year their terms share. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_the_general_office_director_and_the_minister_share_one_september() -> None:
    doc = page("会见", ["9月20日下午,越南公安部部长苏林在北京会见中共中央办公厅主任蔡奇。"])
    t = tv(doc, "9月20日下午")
    assert (t.value, t.basis) == ("2023-09-20", "tenure")


def test_guo_shengkun_as_minister_meets_the_minister_of_2016_on_in_2017() -> None:
    doc = page("会见", ["3月8日,公安部长苏林在河内会见来访的中国公安部部长郭声琨。"])
    t = tv(doc, "3月8日")
    assert (t.value, t.basis) == ("2017-03-08", "tenure")


def test_meng_jianzhu_and_the_minister_of_2011_meet_in_december_2011() -> None:
    doc = page("会谈", ["12月29日,越南公安部长陈大光同中国公安部部长孟建柱举行会谈。"])
    assert tv(doc, "12月29日").value == "2011-12-29"
