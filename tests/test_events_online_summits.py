"""An online summit chaired from Hà Nội: the statement adopted, a closed session, a meeting recalled."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "东盟峰会以视频方式举行") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


BODY = (
    "11月12日上午,第37届东盟峰会以视频方式举行。越南政府总理阮春福在河内主持会议,柬埔寨首相洪森和老挝政府总理"
    "通伦·西苏里在各自国家首都出席会议。今年是越南加入东盟25周年。\n\n"
    "这是东盟首次连续两次以视频方式举行的例行峰会。阮春福回顾,6月26日,第36届东盟峰会以视频方式召开。\n\n"
    "峰会通过了《关于东盟全面复苏的河内宣言》。当天下午,与会领导人举行了限制性会议。"
)


def test_the_statement_adopted_is_the_summit_told_not_one_recalled_or_described() -> None:
    agree = [e for e in events_of(BODY) if e["type"] == "AGREE"]
    assert len(agree) == 1
    assert [p["name"] for p in agree[0]["target"]] == ["第37届东盟峰会"]


def test_a_closed_session_of_the_attending_leaders_is_no_second_attendance() -> None:
    multi = [e for e in events_of(BODY) if e["type"] == "CONSULT" and e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["target"]] for e in multi] == [["第37届东盟峰会"]]
