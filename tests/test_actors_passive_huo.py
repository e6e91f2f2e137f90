"""A meeting told with the passive 获 (A获老挝国会主席B接见): A's name ends before 获 and B's office
chain starts after it, so B is the Lao speaker (not a Vietnamese body "…A获老挝") and A the guest."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def record(body: str) -> dict[str, Any]:
    return to_record(extract("测试标题\n\n越通社万象——" + body + "(越通社——VNA)\n"))


def test_host_after_huo_has_its_own_country() -> None:
    rec = record("越南建设部副部长黎光雄获老挝国会主席巴妮·亚托杜接见。")
    (host,) = [a for a in rec["actors"] if a["name"] == "巴妮·亚托杜"]
    assert host["country"] == "LAO", host
    assert all(o["organisation"] == "老挝" for o in host["offices"]), host


def test_guest_before_huo_is_the_source() -> None:
    rec = record("越南建设部副部长黎光雄获老挝国家主席本扬接见。")
    (ev,) = [e for e in rec["events"] if e["type"] == "CONSULT"]
    assert ev["source"][0]["name"] == "黎光雄" and ev["target"][0]["name"] == "本扬", ev


def test_host_title_after_shoudao_leaves_the_verb_out() -> None:
    rec = record("越南国会主席范明一行5月7日受到印度总统拉姆·辛格在总统府的接见。")
    (ev,) = [e for e in rec["events"] if e["type"] == "CONSULT"]
    assert ev["target"][0]["title"] == "印度总统", ev


def test_huoxi_is_no_passive() -> None:
    rec = record("越南领导人获悉英国女王伊丽莎白二世逝世的消息。")
    titles = [o["title"] for a in rec["actors"] if a["name"] == "伊丽莎白二世" for o in a["offices"]]
    assert "悉英国女王" not in titles, titles
