"""常务秘书 / 常任秘书, a ministry's permanent secretary, is an office: the name after it is a person.
Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_permanent_secretary_of_a_foreign_ministry() -> None:
    got = people("3月2日,某国外交部常务秘书吴丁山礼节性拜访了越南外交部长黎文安。")
    assert "吴丁山" in got and got["吴丁山"].offices[-1].title.endswith("常务秘书")


def test_permanent_secretary_written_changren() -> None:
    got = people("3月2日,越南外交部副部长黎文安会见了新加坡外交部常任秘书陈志明。")
    assert "陈志明" in got
