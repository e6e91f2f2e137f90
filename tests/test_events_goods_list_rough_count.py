"""Goods counted in a list are one gift read by its first count, also when a later count is told as
rough (``2万只口罩和约500件防护服``): no second gift of the rough count."""

from __future__ import annotations

from test_events import events_of


def test_rough_second_count_in_a_goods_list_is_no_second_gift() -> None:
    for second in ("500件", "约500件", "近500件"):
        evs = [
            e
            for e in events_of(f"5月2日,越南驻老挝大使黎文丁向老挝红十字会赠送了包括2万只医用口罩和{second}防护服等医疗物资。")
            if e["type"] == "AID"
        ]
        assert [(e["amount"]["value"], e["amount"]["currency"]) for e in evs] == [(20000, "items")], (second, evs)
