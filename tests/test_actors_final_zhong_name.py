"""Real-page audit (bilateral pages): a three-character Chinese name ending in 中 (``黄殿中``,
``王建中``) after an office, vouched for by 率领 or an act right after it, is a name, so a
delegation is led by its head and not by the ministry."""

from __future__ import annotations

from dyad import extract, to_record


def _record(body: str) -> dict:
    text = f"两国加强安全合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))


def test_delegation_head_with_a_name_ending_in_zhong_is_the_visitor() -> None:
    rec = _record(
        "2019年5月7日,越南公安部副部长阮文山在河内欢迎由中国司法部副部长赵建中率领的代表团"
        "对越南进行工作访问。"
    )
    names = [a["name"] for a in rec["actors"]]
    assert "赵建中" in names, names
    visits = [e for e in rec["events"] if e["section"] == "main" and e["mode"] == "visit"]
    assert visits and [p["name"] for p in visits[0]["source"]] == ["赵建中"], visits


def test_in_the_talks_is_still_no_name() -> None:
    rec = _record("2019年5月7日,中国司法部副部长赵建中表示,会谈中双方达成广泛共识。")
    names = [a["name"] for a in rec["actors"]]
    assert "会谈中" not in names and "赵建中" in names, names
