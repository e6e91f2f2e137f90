"""Heads of Japanese and Korean companies and news agencies (社长) read after their company's name.
Sentences written for the test."""

from __future__ import annotations

from test_actors import people
from test_events import events_of


def test_shachou_is_an_office_before_a_japanese_name() -> None:
    got = people("7月1日,越南政府总理阮春福在东京会见了三菱商事株式会社社长垣内威彦。")
    assert "垣内威彦" in got
    assert got["垣内威彦"].title == "三菱商事株式会社社长"


def test_a_list_of_company_heads_met_one_by_one() -> None:
    evs = events_of("2019年7月1日,阮春福在东京分别会见了日本永旺集团董事长冈田元也、伊藤忠商事株式会社会长冈藤正广。")
    met = sorted(p["name"] for e in evs if e["mode"] == "meeting" for p in e["target"])
    assert met == ["冈田元也", "冈藤正广"]
