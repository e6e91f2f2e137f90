"""A legislature's committee named by its fields, joined by 和 and 、 (柬埔寨国会财经、银行和审计委员会
主席X): X's office is the whole committee of that legislature, so X (not the legislature alone)
leads X's delegation. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def record(body: str) -> dict[str, Any]:
    return to_record(extract("测试标题\n\n越通社同奈省——" + body + "(越通社——VNA)\n"))


def test_two_fields_joined_by_he() -> None:
    rec = record("11月4日,由柬埔寨国会财经和审计委员会主席谢切率领的代表团对越南同奈省进行工作访问。")
    (who,) = [a for a in rec["actors"] if a["name"] == "谢切"]
    assert [o["title"] for o in who["offices"]] == ["柬埔寨国会财经和审计委员会主席"], who
    (ev,) = [e for e in rec["events"] if e["type"] == "CONSULT"]
    assert ev["source"][0]["name"] == "谢切", ev


def test_three_fields_joined_by_dunhao_and_he() -> None:
    rec = record("11月4日,由柬埔寨国会财经、银行和审计委员会主席谢切率领的柬埔寨国会代表团对越南同奈省进行工作访问。")
    (ev,) = [e for e in rec["events"] if e["type"] == "CONSULT"]
    assert ev["source"][0]["name"] == "谢切" and ev["source"][0]["country"] == "KHM", ev


def test_two_people_joined_by_he_stay_two() -> None:
    rec = record("11月4日,柬埔寨国会主席谢切和越南同奈省委书记阮明在同奈省举行会谈。")
    (ev,) = [e for e in rec["events"] if e["type"] == "CONSULT"]
    assert {ev["source"][0]["name"], ev["target"][0]["name"]} == {"谢切", "阮明"}, ev
