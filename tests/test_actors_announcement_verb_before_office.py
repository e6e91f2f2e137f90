"""An announcement's verb (公布, 宣布) before an office is not part of it."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_verb_of_an_announcement_ends_the_office_chain() -> None:
    body = "新西兰政府2023年3月2日宣布该国总理克里斯·希普金斯将于3月5日至7日对越南进行正式访问。"
    text = f"新西兰总理将访问越南\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    visit = next(e for e in to_record(extract(text))["events"] if e["mode"] == "visit")
    (visitor,) = visit["source"]
    assert visitor["name"] == "克里斯·希普金斯" and visitor["title"] == "该国总理" and visitor["country"] == "NZL"
