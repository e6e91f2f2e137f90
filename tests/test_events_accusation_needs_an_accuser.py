"""An accusation needs someone who voices it: opposition told with no accuser named (``1960年初,她已
参加反对越南战争的游行活动``) is no ACCUSE event; one with its speaker still is."""

from __future__ import annotations

from dyad import extract, to_record


def _accuse(body: str) -> list[dict]:
    text = f"秘鲁总理接受采访\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "ACCUSE"]


def test_opposition_without_accuser_is_no_event() -> None:
    assert not _accuse(
        "秘鲁总理罗伯托·加西(Roberto Gacy)接受了越通社记者的采访。罗伯托·加西表示,两国有许多相同之处。"
        "1960年初,她已领导和参加反对越南战争的游行活动。"
    )


def test_protest_with_its_speaker_is_kept() -> None:
    evs = _accuse("5月6日,越南外交部发言人陈文甲表示,越南坚决反对甲国船只在越南专属经济区内的违法活动。")
    assert evs and evs[0]["source"]
