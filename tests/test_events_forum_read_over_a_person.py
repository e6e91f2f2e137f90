"""``…研究中心主任李明华教授就越南代表团为本届论坛作出贡献接受采访``: a clause read as far as a bare
``论坛`` is not a forum's name (no person's name stands inside one); ``参加本届论坛`` points back at
the forum named before it."""

from __future__ import annotations

from test_events import events_of


def test_a_bare_forum_does_not_borrow_a_clause_holding_a_person() -> None:
    evs = events_of(
        "2025年6月25日上午,越南政府总理范明政在天津举行的世界经济论坛第十六届新领军者年会开幕式上发表讲话。"
        "中国人民大学亚太与全球发展研究院东南亚研究中心主任李明华教授就越南代表团为本届论坛作出贡献接受越通社记者的采访。"
        "他认为,越南政府总理范明政两次受邀参加本届论坛充分展现了越南的分量。",
        title="专家高度评价越南在2025年天津夏季达沃斯论坛上提出的倡议",
    )
    forums = [p["name"] for e in evs if e["mode"] == "multilateral" for p in e["target"]]
    assert forums and not any("李明华" in f for f in forums), evs
