"""Sympathy voiced by the person who hands over aid, told after the handover (``A向B移交…援助。A对…
损失深表同情``), is what A said at the handover: no SUPPORT event of its own. Sympathy told alone
stays one."""

from __future__ import annotations

from dyad import extract, to_record

HANDOVER = (
    "越南驻斐济大使馆向斐济灾民提供援助\n\n"
    "越通社苏瓦——3月14日上午,越南驻斐济大使黎文福在苏瓦向斐济卫生部副部长安德鲁·塔卡移交了"
    "2万美元的援助款项,帮助斐济灾民重建家园。\n\n"
    "黎文福对斐济西部各省人民遭受暴雨和洪灾所造成的人员和财产损失深表同情。\n\n"
    "安德鲁·塔卡对越南人民的帮助表示感谢。(越通社——VNA)\n"
)

ALONE = (
    "印度总理对越南灾情表示同情\n\n"
    "越通社新德里——印度总理莫迪对越南中部各省遭受洪灾所造成的人员和财产损失深表同情。"
    "(越通社——VNA)\n"
)


def _events(page: str) -> list[dict]:
    return to_record(extract(page))["events"]


def test_sympathy_of_the_one_handing_over_aid_is_no_event() -> None:
    events = _events(HANDOVER)
    assert [e["type"] for e in events if e["type"] == "AID"] == ["AID"], events
    assert not [e for e in events if e["type"] == "SUPPORT"], events


def test_sympathy_told_alone_stays_an_event() -> None:
    events = _events(ALONE)
    assert [e for e in events if e["type"] == "SUPPORT"], events
