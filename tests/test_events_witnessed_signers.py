"""Signings told after a witness phrase (``在…的见证下,A与B签署了…``): the signers named after the
phrase are the sides, not the witnesses; ``A代表X,B和C代表Y签署`` splits at the comma after the
first ``代表…``; with no one named after the phrase (``两国各部门交换了…``) the witnesses stay the
sides. An approval to sign (``批准了…的签署``) is no signing."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"越南加强对外合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def _signings(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == "AGREE"]


def test_companies_signing_before_two_witnessing_leaders_are_the_sides() -> None:
    evs = _main_events(
        "2018年11月12日,越南政府总理阮春福在河内会见了新加坡总理李显龙。会见结束后,在两国总理的见证下,"
        "越南航空公司与新加坡航空公司签署了代码共享协议;越南电力集团公司与胜科工业公司签署了电站投资协议。"
    )
    pairs = [(_names(e["source"]), _names(e["target"])) for e in _signings(evs)]
    assert (["越南航空公司"], ["新加坡航空公司"]) in pairs, evs
    assert all("阮春福" not in s + t for s, t in pairs), evs


def test_signers_on_behalf_of_two_sides_split_at_the_first_comma() -> None:
    evs = _main_events(
        "2020年8月5日,在越南国家主席阮富仲的见证下,越南外交部部长范平明代表越南政府,"
        "德国外交部长海科·马斯和法国外交部长让-伊夫·勒德里安代表两国政府签署了联合声明。"
    )
    (sig,) = _signings(evs)
    assert _names(sig["source"]) == ["范平明"]
    assert _names(sig["target"]) == ["海科·马斯", "让-伊夫·勒德里安"]


def test_witnesses_stay_the_sides_when_no_one_named_signs() -> None:
    evs = _main_events(
        "2024年8月19日下午,在越共中央总书记、国家主席苏林和中共中央总书记、国家主席习近平的共同见证下,"
        "两国各部门和地方交换了14份合作文件。"
    )
    (sig,) = _signings(evs)
    assert _names(sig["source"]) == ["苏林"] and _names(sig["target"]) == ["习近平"]


def test_an_approval_to_sign_is_no_signing() -> None:
    evs = _main_events("东盟各国外长于2019年6月25日批准了该协定的签署。")
    assert _signings(evs) == [], evs


def test_signing_between_two_sides_then_told_by_its_signers_is_one_signing() -> None:
    evs = _main_events(
        "2020年11月15日,越南与韩国在河内正式签署《越南与韩国投资保护协定》。"
        "越南计划投资部部长阮志勇代表越南政府,韩国产业通商资源部长成允模代表韩国政府签署了上述协定。"
    )
    (sig,) = _signings(evs)
    assert _names(sig["source"]) == ["阮志勇"] and _names(sig["target"]) == ["成允模"], evs


def test_a_vietnamese_airline_is_a_vietnamese_company() -> None:
    evs = _main_events("2023年9月10日,越捷航空与美国波音公司在河内签署了购买飞机的协议。")
    (sig,) = _signings(evs)
    assert [p["country"] for p in sig["source"]] == ["VNM"], evs


def test_signers_named_before_the_witness_phrase_sign() -> None:
    evs = _main_events(
        "2020年1月8日,越南外交部长范平明与柬埔寨外交大臣布拉索昆在两国总理洪森和阮春福的见证下签署了两国陆地边界补充议定书。"
    )
    (sig,) = _signings(evs)
    assert _names(sig["source"]) == ["范平明"] and _names(sig["target"]) == ["布拉索昆"], evs


def test_two_named_witnesses_of_bodies_signing_are_the_sides() -> None:
    evs = _main_events(
        "2023年7月20日,越南政府总理范明政和马来西亚总理安瓦尔见证了越南工商联合会与马来西亚全国工商会"
        "合作备忘录的签署仪式。"
    )
    (sig,) = _signings(evs)
    assert _names(sig["source"]) == ["范明政"] and _names(sig["target"]) == ["安瓦尔"], evs


def test_leaders_attending_a_signing_ceremony_yitong() -> None:
    """``A与B一同出席两国合作文件签字仪式``: a signing, A first."""
    from test_events import events_of, names, only

    evs = events_of("2023年6月27日,范明政与李强一同出席两国合作文件签字仪式。")
    ev = only(evs, "AGREE", "sign")
    assert names(ev["source"]) == ["范明政"]
    assert names(ev["target"]) == ["李强"]
    assert not [e for e in evs if e["type"] == "COOPERATE"], evs


def test_the_witnessing_leaders_are_no_place_of_the_signing() -> None:
    """``在两国领导人的见证下,A与B签署了…``: the side word after 在 names the witnesses, not where the
    signing was; the meeting's city places it."""
    evs = _main_events(
        "2024年6月11日,越南政府总理范明政与老挝总理宋赛·西潘敦在河内举行会谈。会谈后,在两国领导人的见证下,"
        "越南航空公司与老挝航空公司签署了合作协议。"
    )
    signings = _signings(evs)
    assert signings and all(e["location"] == "河内" for e in signings), signings
