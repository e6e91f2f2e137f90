"""A Latin form written with spaces inside its brackets (``X( Jan Novak )``, as some pages and
crawls print it) closes a person's name as ``X(Jan Novak)`` does: a delegation the person leads
is still theirs, and a list of people met, each closing on a Latin form, is still one meeting
with each. Pages written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

_LED = (
    "越南与乌干达加强合作\n\n"
    "越通社驻乌干达记者报道,国会民族委员会主任杨文德{latin}率领民族委员会代表团从8月2日至9日对乌干达进行工作访问。\n\n"
    "8月5日,越南代表团会见乌干达国会副议长穆塞韦(Peter Museve)。(越通社—VNA)\n"
)

_LIST = (
    "越南领导会见捷克领导\n\n"
    "越通社布拉格——10月3日,陈明山分别会见了捷克第一副总理扬·马丁{a},捷克副总理兼贸易部部长卡尔·诺瓦克{b};"
    "与捷克共产党领导举行会谈。(越通社—VNA)\n"
)


def _events(text: str) -> list[dict]:
    return to_record(extract(text))["events"]


@pytest.mark.parametrize("latin", ["(Duong Van Duc)", "( Duong Van Duc )", "( Duong Van Duc)", "(Duong Van Duc )"])
def test_delegation_leader_with_spaced_latin_form(latin: str) -> None:
    meets = [e for e in _events(_LED.format(latin=latin)) if e["mode"] == "meeting"]
    assert [[s["name"] for s in e["source"]] for e in meets] == [["杨文德"]], meets


@pytest.mark.parametrize(("a", "b"), [("(Jan Martin)", "(Karel Novak)"), ("( Jan Martin )", "( Karel Novak )")])
def test_each_person_met_in_a_list_with_spaced_latin_forms(a: str, b: str) -> None:
    meets = [e for e in _events(_LIST.format(a=a, b=b)) if e["mode"] == "meeting"]
    assert sorted(t["name"] for e in meets for t in e["target"]) == ["卡尔·诺瓦克", "扬·马丁"], meets
