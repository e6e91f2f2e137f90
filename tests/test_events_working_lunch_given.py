"""A host who gives a working lunch or a welcome dinner (``X设工作午宴招待Y一行``, ``设欢迎晚宴``)
holds a banquet for the guest, like ``设宴``: CONSULT, CAMEO 043, from the host to the guest."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("meal", ["工作午宴", "欢迎晚宴", "工作早宴"])
def test_host_gives_the_meal(meal: str) -> None:
    body = f"6月3日,马来西亚总理安瓦尔设{meal}招待越南政府总理范明政一行。"
    rec = to_record(extract(f"两国总理共进午餐\n\n越通社吉隆坡——{body}\n"))
    meals = [(e["cameo"], e["source"][0]["name"], e["target"][0]["name"]) for e in rec["events"]]
    assert meals == [("043", "安瓦尔", "范明政")], rec["events"]
