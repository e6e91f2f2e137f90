"""Office-holders of 2017-2021 added to tenure.tsv (US Vice Presidents, the US Trade
Representative and Commerce Secretary, Jacinda Ardern, Justin Trudeau, Aung San Suu Kyi): their
terms, crossed with another's, leave one year. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_ardern_met_by_a_president_who_died_in_2018_is_2017() -> None:
    doc = page("会见", ["11月10日,越南国家主席陈大光会见了新西兰总理杰辛达·阿德恩。"])
    t = tv(doc, "11月10日")
    assert (t.value, t.basis) == ("2017-11-10", "tenure")


def test_pence_met_by_a_prime_minister_leaves_his_term_only() -> None:
    # Pence 2017-2021 and Nguyễn Xuân Phúc as prime minister 2016-2021: a range, no guess
    doc = page("会见", ["11月12日,越南政府总理阮春福会见了美国副总统迈克·彭斯。"])
    t = tv(doc, "11月12日")
    assert t.basis == "tenure" and t.precision != "day"


def test_the_surname_of_the_commerce_secretary_is_not_read_inside_russia() -> None:
    doc = page("会见", ["6月5日,越南政府总理会见了俄罗斯总统普京。"])
    assert "罗斯" not in (tv(doc, "6月5日").basis_text or "").replace("俄罗斯", "")
