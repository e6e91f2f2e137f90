"""The overthrow of the Khmer Rouge regime (7 January 1979) dates a page that counts its anniversary."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize(
    "cue",
    [
        "今年是柬埔寨推翻红色高棉种族灭绝制度40周年",
        "今年恰逢越南志愿军协助柬埔寨人民推翻波尔布特种族灭绝制度40周年",
        "今年是柬埔寨推翻种族灭绝制度胜利40周年",
    ],
)
def test_overthrow_of_the_genocidal_regime_dates_the_year(cue: str) -> None:
    doc = page("两国总理举行会谈", [f"{cue}。11月20日,两国总理在金边举行会谈。"])
    t = tv(doc, "11月20日")
    assert (t.value, t.basis) == ("2019-11-20", "anniversary")
