"""The joint communique that sets up diplomatic relations, signed by two envoys, is the founding of
relations, never an event; a meeting of the envoys after it still is, and so is a statement
marking an anniversary of the relations."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_founding_communique_signed_is_no_agreement() -> None:
    evs = main_events(
        "越南与某某国建交",
        "2月5日,越南驻联合国代表团团长黎文安大使与某某国驻联合国代表团团长马克·阿达(Mark Ada)大使在纽约"
        "共同签署《越南与某某国建立外交关系联合公报》。签署仪式结束后,黎文安与马克·阿达举行会晤。",
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["meeting"]


def test_short_founding_communique_is_no_agreement() -> None:
    evs = main_events(
        "两国外长会谈",
        "2019年3月4日,越南外交部长黎文安与某某国外交部长马克·阿达在河内举行会谈,并签署了两国建交联合公报。",
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_anniversary_statement_signed_stays_an_agreement() -> None:
    evs = main_events(
        "两国外长会谈",
        "2019年3月4日,越南外交部长黎文安与某某国外交部长马克·阿达在河内举行会谈,并签署了关于两国建交50周年的联合声明。",
    )
    assert [e["type"] for e in evs if e["type"] == "AGREE"] == ["AGREE"], evs


def test_founding_communique_in_a_teaser_is_other() -> None:
    text = (
        "某新闻\n\n越通社河内——2019年3月4日,越南政府总理阮文山会见某国大使约翰·布朗。(越通社——VNA)\n越通社\n\n更多\n\n"
        "签署仪式。图自越通社\n\n越南与某某国正式建交\n\n2019年3月5日,越南驻联合国代表团团长黎文安大使与某某国驻联合国"
        "代表团团长马克·阿达大使在纽约共同签署《越南与某某国建立外交关系联合公报》。\n"
    )
    teasers = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert [e["type"] for e in teasers] == ["OTHER"], teasers
