"""An act told on a condition (在必要情况下签署, 必要时, 一旦) is not done: no event for it."""
from tests.test_events import events_of


def test_signing_if_needed_is_no_signing() -> None:
    text = (
        "标题甲\n\n越通社河内——6月2日,越南国会副主席黎文乙会见阿尔及利亚总理卡迈勒·巴希尔。"
        "巴希尔表示,双方应更加努力扩大经贸合作,在必要情况下签署新的合作协议。(完)"
    )
    kinds = [(e["type"], e["mode"]) for e in events_of(text)]
    assert ("CONSULT", "meeting") in kinds
    assert ("AGREE", "sign") not in kinds


def test_signing_once_ready_is_no_signing() -> None:
    text = (
        "标题乙\n\n越通社河内——6月2日,越南工贸部长陈文丙会见尼日利亚贸易部长奥卢·阿德。"
        "双方表示,一旦签署投资保护协定,两国贸易额将大幅提升。(完)"
    )
    assert [e["type"] for e in events_of(text)] == ["CONSULT"]
