"""X会见<long-named body>代表团: the delegation's name starts after 会见, even when the name is long
enough that its scan opens inside the verb (见中国…代表团)."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_long_delegation_name_after_huijian_drops_the_verb() -> None:
    title = "越南国会副主席阮明会见泰国国会外交事务委员会代表团"
    body = "6月17日下午,越南国会副主席阮明在河内会见了泰国国会外交事务委员会代表团。"
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    names = [p["name"] for e in evs for p in e["source"] + e["target"]]
    assert names and not any(n.startswith(("见", "了")) for n in names), evs
