"""A story told from home (``越通社河内——``) by the agency's travelling reporter, whose opening holds
the ceremony in a building of a foreign state's body (``在新西兰议会大厦举行仪式``), happened in that
country, not in the dateline city."""

from __future__ import annotations

from dyad import extract, to_record


def test_foreign_parliament_house_is_abroad() -> None:
    text = (
        "越南政府总理阮文甲与新西兰总理马尔科姆·科林斯举行会谈\n\n越通社河内——越通社特派记者报道,4月9日上午,"
        "新西兰总理马尔科姆·科林斯和夫人在新西兰议会大厦举行隆重仪式,欢迎越南政府总理阮文甲和夫人到访。欢迎仪式"
        "结束后,两位总理举行会谈。\n\n会谈中,双方对两国关系表示满意。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert evs, evs
    assert all(e["location"] != "河内" for e in evs), evs
