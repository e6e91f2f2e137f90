"""``A(Latin);B和C向D致贺电``: a sender listed alone before a semicolon, with no verb of its own, is
one of the message's senders with those named after it."""

from __future__ import annotations

from dyad import extract, to_record


def _messages(body: str) -> list[dict]:
    text = f"多国领导人发来贺电\n\n越通社河内——值越南国庆之际,多国领导人致贺电。\n\n{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "message"]


def test_sender_before_semicolon_joins_the_list() -> None:
    evs = _messages(
        "秘鲁总统罗伯托·加西(Roberto Gacy);秘鲁总理胡安·佩雷斯(Juan Perez)和秘鲁议会议长马里奥·洛佩斯(Mario Lopez)"
        "向越南国家主席阮文甲和越南政府总理陈文乙致国庆贺电,热烈祝贺越南取得的成就。"
    )
    assert len(evs) == 1
    assert [m["name"] for m in evs[0]["source"]] == ["罗伯托·加西", "胡安·佩雷斯", "马里奥·洛佩斯"]

