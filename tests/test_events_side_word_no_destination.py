"""A side word after a visit trigger (``…的访问以及两国关系的升级``) is no destination: the
visit keeps the country the story's trip is to, never ``两国``."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "专家:越泰关系迈上新台阶\n\n"
    "越通社河内——越南国家主席阮文甲于5月3日至5日对泰国进行国事访问。"
    "越通社驻曼谷记者采访了泰国学者颂猜·巴塔纳。\n\n"
    "颂猜·巴塔纳认为,阮文甲主席的访问以及两国关系的升级带来了积极影响。(越通社——VNA)\n"
)


def test_side_word_after_a_visit_is_not_its_place() -> None:
    events = to_record(extract(PAGE))["events"]
    visits = [e for e in events if e["mode"] == "visit"]
    assert visits, events
    assert all(e["location"] != "两国" for e in events), events
    assert all(e["location"] in {"泰国", None} for e in visits), visits
