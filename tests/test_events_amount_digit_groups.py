"""A sum written in full digits with grouping commas (``350,000美元``) is read like ``35万美元``: the
commas inside the figure end no clause part, no worth sentence, no pledge's look-ahead (event_triggers v79)."""

from __future__ import annotations

from test_events import events_of


def _aid(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["type"] == "AID"]


def test_worth_in_the_next_sentence_with_grouped_digits() -> None:
    for sum_, value in (("35万美元", 350000), ("350,000美元", 350000)):
        evs = _aid(f"5月6日,越南驻老挝大使黎文丁向老挝卫生部移交了一批医疗物资。上述物资总价值为{sum_}。")
        assert evs and evs[0]["amount"] and evs[0]["amount"]["value"] == value, (sum_, evs)


def test_pledge_of_a_sum_in_grouped_digits() -> None:
    for sum_ in ("3000万新西兰元", "30,000,000新西兰元"):
        evs = _aid(f"黎文丁感谢新西兰已承诺为越南抗击疫情提供{sum_}援助。")
        assert evs and evs[0]["mode"] == "pledge", (sum_, evs)
        assert evs[0]["amount"]["value"] == 30000000, (sum_, evs)
