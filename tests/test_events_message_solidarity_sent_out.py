"""Real-page audit (h91): ``A向古巴人民发出团结的信息,强调…支持联合国大会的决议``: a message of solidarity
sent out is a SUPPORT message from A, and its addressee is the side between 向 and the message, not a
body named in what the message is said to stress (also for ``向X致慰问信,强调…``)."""

from __future__ import annotations

from dyad import extract, to_record


def _messages(body: str) -> list[dict]:
    rec = to_record(extract(f"越南友好协会致信古巴人民\n\n越通社河内——{body}\n"))
    return [e for e in rec["events"] if e["section"] == "main" and e["mode"] == "message"]


def test_solidarity_message_sent_out() -> None:
    got = _messages("越南友好协会6月3日向古巴人民发出团结的信息,强调越南人民支持联合国大会的决议。")
    assert len(got) == 1 and got[0]["type"] == "SUPPORT", got
    assert [m["name"] for m in got[0]["source"]] == ["越南友好协会"], got
    assert all("联合国" not in m["name"] for m in got[0]["target"]), got


def test_addressee_before_the_message_not_after_it() -> None:
    got = _messages("越南友好协会6月3日向古巴人民致慰问信,强调越南人民支持联合国大会的决议。")
    assert got and all("联合国" not in m["name"] for e in got for m in e["target"]), got
