"""A page with no dateline whose first paragraph below the summary tells it again with the
names glossed in Latin letters (甲省(Alpha)、乙省(Beta)) and a time phrase before: the summary is
the lead and the body starts at the restatement, and the lead's visit is not coded a second
time from the summary."""

from __future__ import annotations

from dyad import extract, to_record

TEXT = (
    "老挝三省代表团向越南莱州省拜年\n\n"
    "1月20日老挝琅南塔、丰沙里以及乌多姆塞等三省代表团探访越南莱州省,向莱州省领导和各族人民致以新春祝福。\n\n"
    "值2019年己亥春节即将来临之际,1月20日老挝琅南塔(Luang Namtha)、丰沙里(Phongsaly)以及乌多姆塞(Oudomxay)"
    "等三省代表团探访越南莱州省,向莱州省领导和各族人民致以新春祝福。\n\n"
    "莱州省人民委员会主席黎文明对代表团表示感谢。(越通社-VNA)\n"
)


def test_restatement_with_latin_glosses_opens_the_body() -> None:
    rec = to_record(extract(TEXT))
    assert rec["body"][0].startswith("值2019年己亥春节"), rec["body"][:1]


def test_the_visit_is_coded_once() -> None:
    rec = to_record(extract(TEXT))
    visits = [e for e in rec["events"] if e["section"] == "main" and e["mode"] == "visit"]
    assert len(visits) == 1, visits
