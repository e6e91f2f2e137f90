"""Dashes other than the em dash in a dateline or a signature (the horizontal bar ``―`` a crawl's
code page gives for the em dash, the two-em dash ``⸺``): the same dateline and signature, so the
dateline's city is the venue of what the body tells. Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.document import normalise_width

_PAGE = (
    "越南外交部长会见卢旺达外长\n\n"
    "越通社河内{dash}3月14日下午,越南外交部长陈文北在外交部总部会见正在访问越南的卢旺达外交部长让·穆加博"
    "(Jean Mugabo)。(越通社{sig}VNA)\n"
)


@pytest.mark.parametrize("dash", ["――", "―", "⸺", "——"])
def test_dateline_with_another_long_dash(dash: str) -> None:
    rec = to_record(extract(_PAGE.format(dash=dash, sig=dash)))
    assert rec["body"] and rec["body"][0].startswith("3月14日下午"), rec["body"]
    assert rec["dateline_place"] == "河内"
    meets = [e for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert meets and meets[0]["location"] == "河内", meets


def test_long_dashes_fold_to_the_em_dash_one_for_one() -> None:
    assert normalise_width("越通社河内――") == "越通社河内——"
    assert normalise_width("(越通社⸺VNA)") == "(越通社—VNA)"
