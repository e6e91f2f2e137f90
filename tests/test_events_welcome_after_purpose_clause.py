"""A welcome told after the visit's purpose (``A对B代表团访问越南,落实…表示欢迎``) points at the
visit the meeting belongs to: no second visit, and never one made by the host A."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, title: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_welcomed_visit_with_purpose_clause_is_no_visit_by_the_host() -> None:
    evs = _main(
        "越南政府总理黎青松5月3日下午在河内会见了由泰国商会主席巴颂(Pasong)率领的泰国商会代表团。"
        "黎青松对泰国商会代表团访问越南,落实两国合作计划表示欢迎。",
        "越南政府总理黎青松会见泰国商会代表团",
    )
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["meeting"]


def test_visit_told_with_carry_out_verb_then_welcome_stays_a_visit() -> None:
    evs = _main(
        "5月3日,泰国副总理巴颂对越南进行正式访问,越南各界表示热烈欢迎。",
        "泰国副总理访问越南",
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and visits[0]["source"][0]["name"] == "巴颂"
