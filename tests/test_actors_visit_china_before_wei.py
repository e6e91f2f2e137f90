"""访华为…: 华 closes 访华 (a visit to China); the company 华为 is not named there."""

from __future__ import annotations

from dyad import extract, to_record


def test_fang_hua_wei_names_no_company() -> None:
    title = "越南副外长:越南国家副主席访华为两国关系注入新动力"
    body = "5月9日,越南国家副主席阮明圆满结束对中国的正式访问。越南外交部副部长黎德接受了记者采访。"
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    rec = to_record(extract(text))
    names = [p["name"] for e in rec["events"] for p in e["source"] + e["target"]]
    assert "华为" not in names, rec["events"]
    assert "华为" not in [a["name"] for a in rec["actors"]], rec["actors"]
