"""Two past visits told as ``A对X进行正式访问(2019年4月)和B对Y进行国事访问(2019年10月)期间…``:
each visit has its own visitor, and a month in brackets dates it to no day of the story."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越泰关系稳定发展\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_second_bracket_dated_visit_has_its_own_visitor_and_no_story_day() -> None:
    evs = _main(
        "5月3日,越南政府总理黎青松开始对泰国进行正式访问。"
        "双方一致落实泰国总理巴颂对越南进行正式访问(2019年4月)和越南国家主席陈文明对泰国进行国事访问"
        "(2019年10月)期间所达成的共识。"
    )
    past = [e for e in evs if e["mode"] == "visit" and "期间" in e["evidence"]["text"]]
    visitors = sorted(e["source"][0]["name"] for e in past)
    assert visitors == ["巴颂", "陈文明"]
    assert all(e["date"] is None for e in past)
