"""A flashback day opening its sentence after 此前 dates the date-less sentences told after it."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, lead: str) -> list[dict[str, Any]]:
    text = f"越南国家主席访问瑞典\n\n{lead}\n\n越通社斯德哥尔摩——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_days_after_a_recalled_day_opening_its_sentence_keep_that_day() -> None:
    evs = _main(
        "应瑞典国王卡尔十六世·古斯塔夫的邀请,越南国家主席梁强于11月13日至16日对瑞典进行国事访问。"
        "今年恰逢越瑞建交55周年。11月15日下午,梁强同瑞典首相乌尔夫·克里斯特松举行会谈。\n\n"
        "此前,11月14日上午,瑞典国王在王宫为梁强主席举行欢迎仪式。随后,国王卡尔十六世·古斯塔夫会见了梁强。"
        "当天晚上,卡尔十六世·古斯塔夫设国宴款待梁强主席。\n\n同日,梁强会见了瑞典议长安德烈亚斯·诺伦。",
        "11月15日,越南国家主席梁强同瑞典首相乌尔夫·克里斯特松举行会谈。",
    )
    days = {
        tuple(sorted(p["name"] for p in e["source"] + e["target"])): e["date"]
        for e in evs
        if e["mode"] in {"meeting", "talks"}
    }
    assert days[("乌尔夫·克里斯特松", "梁强")] == "2024-11-15", days
    recalled = [d for k, d in days.items() if "乌尔夫·克里斯特松" not in k]
    assert recalled and set(recalled) == {"2024-11-14"}, days
