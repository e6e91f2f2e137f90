"""A message's content is no event of its own (``X向古巴人民发出团结的信息,强调…反对美国对古巴的封锁,
要求美国…``: no ACCUSE or REQUEST beside the message), and a friendship body whose name pairs two
countries (``越南-古巴友好协会``) still sends to the other country (the name is not that country).
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    page = f"越古友好\n\n越通社河内——{body}(越通社-VNA)\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_what_a_message_says_stays_in_it() -> None:
    evs = _events("越南-古巴友好协会向古巴人民发出团结的信息,强调越南人民一向反对美国对古巴的封锁禁运,要求美国立即取消对古巴的封锁。")
    assert [e["type"] for e in evs] == ["SUPPORT"], [(e["type"], e["evidence"]["text"][:20]) for e in evs]


def test_a_friendship_body_of_two_countries_sends_to_the_other() -> None:
    evs = _events("越南-古巴友好协会向古巴人民致贺电。")
    assert [[p["name"] for p in e["target"]] for e in evs] == [["古巴"]], evs
