"""Aid handed over by a body at a ceremony (``越南外交部举行仪式,向古巴移交…``) is given and received by
the people the next sentence names, when it tells the chair and the guests who attended with him
(``A主持仪式,B以及…代表一同出席``): the chair for his side, the guest for the other."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南向古巴移交援助物资\n\n"
    "越通社河内——3月14日下午,越南外交部举行仪式,向古巴党、国家和人民移交了越南红十字会捐赠的"
    "50万美元现金和医疗物资。外交部副部长黎文福主持仪式,古巴驻越南大使奥兰多·佩雷斯"
    "以及越南有关部门代表一同出席。(越通社——VNA)\n"
)


def test_chair_gives_and_guest_receives() -> None:
    aid = [e for e in to_record(extract(PAGE))["events"] if e["type"] == "AID"]
    assert aid, aid
    assert [m["name"] for m in aid[0]["source"]] == ["黎文福"], aid
    assert [m["name"] for m in aid[0]["target"]] == ["奥兰多·佩雷斯"], aid
