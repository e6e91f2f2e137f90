"""A teaser's meeting ``越南政府总理A会见B国部长C`` that tells no place and no trip, forum or summit of
the Vietnamese host: the host receives the foreign guest at home, so the guest, who came, is the
source. A trip of the host told in the teaser, or a Vietnamese envoy posted abroad, keeps the
order. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def _related(teaser: str) -> dict:
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    return ev


def test_guest_of_a_host_who_tells_no_trip_is_the_source() -> None:
    ev = _related(
        "范明政总理会见泰国商业部长颂猜·坤塔\n\n"
        "范明政表示,前不久越南国家主席梁强对泰国进行了国事访问,双方同意进一步加强贸易合作。\n"
    )
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting")
    assert [a["name"] for a in ev["source"]] == ["颂猜·坤塔"]
    assert [a["name"] for a in ev["target"]] == ["范明政"]


def test_former_official_received_by_party_leader_is_the_source() -> None:
    ev = _related(
        "越共中央总书记苏林会见英国前外交大臣约翰·米尔顿\n\n"
        "苏林在会见中介绍了越南的发展方向,希望两国加强科技和教育合作。\n"
    )
    assert [a["name"] for a in ev["source"]] == ["约翰·米尔顿"]
    assert [a["name"] for a in ev["target"]] == ["苏林"]


def test_host_at_a_summit_keeps_the_order() -> None:
    ev = _related(
        "范明政总理会见泰国商业部长颂猜·坤塔\n\n"
        "在出席东亚经济峰会期间,范明政会见了泰国商业部长颂猜·坤塔,双方同意加强贸易合作。\n"
    )
    assert [a["name"] for a in ev["source"]] == ["范明政"]


def test_talks_told_by_a_bare_title_have_the_guest_as_source() -> None:
    rec = to_record(
        extract(
            (
                ARTICLE
                + "越南国家主席黎文安与智利总统卡洛斯·门多萨举行会谈\n\n"
                + "越南政府总理阮光明与秘鲁总理胡安·卡斯特罗举行会谈\n"
            ).encode("utf-8")
        )
    )
    evs = [e for e in rec["events"] if e["section"] == "related"]
    assert [(e["mode"], [a["name"] for a in e["source"]]) for e in evs] == [
        ("talks", ["卡洛斯·门多萨"]),
        ("talks", ["胡安·卡斯特罗"]),
    ]


def test_talks_with_a_summary_keep_the_order() -> None:
    ev = _related(
        "越南国家主席黎文安和智利总统卡洛斯·门多萨。图自越通社\n\n"
        "越南国家主席黎文安与智利总统卡洛斯·门多萨举行会谈\n\n"
        "双方一致同意推动两国在贸易、农业和教育领域的合作。\n"
    )
    assert [a["name"] for a in ev["source"]] == ["黎文安"]
