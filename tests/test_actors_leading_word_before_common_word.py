"""由/向/对 before a common word and an office (由世界记者联合会秘书长X) opens no name: 由世界 is no person."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> list[str]:
    text = f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text))["actors"] if a["kind"] == "person"]


def test_you_before_shijie_and_an_office_is_no_name() -> None:
    body = "3月5日,越南国家副主席阮明会见由世界记者联合会秘书长约翰·史密斯率领的代表团。"
    people = _people(body)
    assert "由世界" not in people and "约翰·史密斯" in people, people


def test_a_name_after_you_is_still_read() -> None:
    body = "3月5日,越南国家副主席阮明会见由老挝新闻部副部长本通·西萨瓦率领的代表团。"
    assert "本通·西萨瓦" in _people(body), _people(body)
