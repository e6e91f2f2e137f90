"""A weekly digest opens with the list of its stories (``A同B通电话、C访问越南等是越通社评选的一周要闻``)
and then tells them one by one. The list is no telling of its own: it gives no event, so no visit is
coded with the first-named caller as visitor."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越通社评选一周要闻(2019.3.4—2019.3.10)\n\n"
    "越通社河内——越南政府总理黎文甲同泰国总理巴颂通电话、韩国国会议长金大成对越南进行正式访问等是越通社评选的一周要闻。\n\n"
    "一、越南政府总理黎文甲同泰国总理巴颂通电话\n\n"
    "本周内,越南政府总理黎文甲同泰国总理巴颂通电话,就两国合作问题展开讨论。\n\n"
    "二、韩国国会议长金大成对越南进行正式访问\n\n"
    "应越南国会主席阮氏丙的邀请,由韩国国会议长金大成率领的韩国国会高级代表团于3月4日至7日对越南进行正式访问。(完)\n"
)


def test_digest_list_gives_no_event() -> None:
    evs = to_record(extract(PAGE))["events"]
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and all(p["name"] == "金大成" for e in visits for p in e["source"]), evs
    assert any(e["mode"] == "phone" for e in evs), evs
