"""After an exchange of messages (``A与B互致贺电``), what one side wrote to the other
(``B领导人在致A领导人的贺电中写道``) is the exchange's content, not another message."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _messages(body: str) -> list[dict[str, Any]]:
    text = f"越古两国领导人互致贺电\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT" and e["section"] == "main"]


def test_what_one_side_wrote_after_an_exchange_is_no_new_message() -> None:
    evs = _messages(
        "值此越南与古巴建交60周年之际,越南国家主席黎文甲同古巴国家主席迪亚斯-卡内尔互致贺电。"
        "越南领导人在贺电中表示,两国友谊历久弥坚。"
        "古巴领导人在致越南领导人的贺电中写道:古巴人民始终珍视同越南人民的兄弟情谊。"
    )
    assert len(evs) == 1, evs


def test_a_message_told_only_by_its_content_stays() -> None:
    evs = _messages("古巴国家主席迪亚斯-卡内尔在致越南国家主席黎文甲的贺电中表示,祝贺越南取得的成就。")
    assert len(evs) == 1, evs
