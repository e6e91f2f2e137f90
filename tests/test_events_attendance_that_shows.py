"""An attendance a speaker holds up as showing something (``A认为,印度参加…峰会已表明…``) is what the
speaker says of it, no attendance of the story; one told as news keeps its event. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南外交动态\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_attendance_told_as_what_shows_a_policy_is_no_event() -> None:
    evs = _main("他认为,印度参加近日在北京举行的亚洲合作峰会和在新加坡召开的香格里拉对话会已表明印度政府正继续奉行东向政策。")
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_attendance_told_as_news_stays() -> None:
    evs = _main("5月3日,印度总理莫迪出席在北京举行的亚洲合作峰会,表明印度重视东盟。")
    assert [e["mode"] for e in evs] == ["multilateral"], evs
