"""``派遣…仪仗队参加…阅兵式``, ``三国武装力量联合参加此次阅兵式``: troops taking part in a parade are no
leader attending it; the speaker who tells of them attends nothing."""

from __future__ import annotations

from dyad import extract, to_record


def _modes(body: str) -> list[str | None]:
    page = (
        "越通社河内——5月3日下午,越南国会主席阮甲乙在河内会见了来越出席庆典的老挝国会主席赛宋蓬。\n\n"
        f"{body}(越通社-VNA)\n越通社\n"
    )
    return [e["mode"] for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_an_honour_guard_sent_to_a_parade_is_no_attendance() -> None:
    assert "multilateral" not in _modes("阮甲乙感谢老挝派遣老挝人民军仪仗队参加越南隆重举行的阅兵式。")


def test_armed_forces_joining_a_parade_are_no_attendance() -> None:
    assert "multilateral" not in _modes("阮甲乙强调,两国武装力量联合参加此次阅兵式,具有历史意义。")
