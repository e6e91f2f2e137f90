"""访华为…: 华 closes 访华 (a visit to China); the company 华为 is not named there."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = (
    "5月9日下午,越南国会主席王明一行抵达河内,圆满结束应中国全国人大常委会委员长邀请对中国进行的正式访问。"
    "越南外交部副部长黎德接受了记者采访。"
)


def _record(title: str) -> dict:
    return to_record(extract(f"{title}\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社——VNA)\n越通社\n"))


def test_fang_hua_wei_names_no_company() -> None:
    rec = _record("越南国家副主席访华为两国关系注入新动力")
    names = [p["name"] for e in rec["events"] for p in e["source"] + e["target"]]
    assert "华为" not in names, rec["events"]

