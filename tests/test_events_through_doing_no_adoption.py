"""通过 right before another verb means "by doing it" (通过促进…的实施, 通过发表…): a vision or
plan named after it is no document adopted; a statement issued (通过发表…联合声明) is still the act
the second verb tells, and a document adopted (通过了《…》) stays an agreement. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"地区合作新闻\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_by_promoting_a_vision_is_no_adoption() -> None:
    evs = _main("陈文甲表示,越南愿通过促进湄公河总体规划的实施与2040年东盟共同体愿景,为地区发展作出贡献。")
    assert [e for e in evs if e["type"] == "AGREE"] == []


def test_by_issuing_a_statement_is_still_the_statement_issued() -> None:
    evs = _main("2031年,越南与泰国通过发表《关于加强全面合作的联合声明》推动两国关系发展。")
    assert [(e["type"], [p["name"] for p in e["target"]]) for e in evs] == [("AGREE", ["泰国"])]


def test_a_vision_adopted_is_still_an_agreement() -> None:
    evs = _main("5月3日,越南政府总理陈文甲与泰国总理巴颂·坎他通过了《越泰和平与繁荣联合愿景》。")
    assert [(e["type"], [p["name"] for p in e["target"]]) for e in evs] == [("AGREE", ["巴颂·坎他"])]
