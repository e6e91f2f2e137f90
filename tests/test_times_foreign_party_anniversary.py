"""``党成立N周年`` counts from the Communist Party of Viet Nam only when 党 is not the tail of
another party's name: ``法国共产党成立100周年`` is not 1930+100."""

from __future__ import annotations

from test_times_inference import page, tv


def test_foreign_communist_party_centenary_is_not_the_cpv() -> None:
    doc = page(
        "政党代表团访问",
        ["甲国共产党代表团于4月22日至26日访问河内。双方讨论筹备甲国共产党成立100周年庆祝活动。"],
    )
    t = tv(doc, "4月22日至26日")
    assert t.value is None or not t.value.startswith("2030")


def test_party_anniversary_told_bare_is_still_the_cpv() -> None:
    doc = page("庆祝活动", ["值此党成立90周年之际,2月3日,越南驻外代表机构举行庆祝活动。"])
    t = tv(doc, "2月3日")
    assert (t.value, t.basis) == ("2020-02-03", "anniversary")
