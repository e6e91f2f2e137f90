"""A delegation from abroad named as a body, with no leader (``会见泰国商会代表团``), is the visitor
of the meeting its hosts hold at home: the source, in a title as in the body."""

from __future__ import annotations

from dyad import extract, to_record


def test_title_meeting_with_a_leaderless_foreign_delegation_puts_it_first() -> None:
    text = (
        "越南政府总理黎青松会见泰国商会代表团\n\n越通社河内——5月3日下午,越南政府总理黎青松在河内会见了"
        "泰国商会(TCC)代表团。黎青松表示,越南欢迎泰国企业扩大投资。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs
    assert all(e["source"][0]["country"] == "THA" and e["target"][0]["name"] == "黎青松" for e in evs)
