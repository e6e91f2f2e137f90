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


def test_the_president_of_the_republic_is_the_state_president_of_the_term() -> None:
    """``越南社会主义共和国主席武文赏``: 共和国主席 names the 国家主席 of tenure.tsv (2023-2024)."""
    doc = page("国事访问", ["应越南社会主义共和国主席武文赏邀请,12月5日,日本天皇抵达河内,开始对越南进行国事访问。"])
    t = tv(doc, "12月5日")
    assert (t.value, t.basis) == ("2023-12-05", "tenure")
