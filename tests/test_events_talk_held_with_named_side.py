"""A talk held with a named side (``与X进行交谈``, ``同X举行亲切交谈``) is a meeting, as 简短交谈 is;
a talk with the visitors' own community abroad stays none."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    text = (
        "越南与秘鲁加强合作\n\n越通社河内——越南国会民族委员会主任陈文甲率团于8月22日至29日对秘鲁进行工作访问。\n\n"
        f"{body}(越通社——VNA)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


@pytest.mark.parametrize("verb", ["进行交谈", "举行了亲切交谈"])
def test_talk_with_a_named_person_is_a_meeting(verb: str) -> None:
    evs = _meetings(f"8月27日,越南代表团访问秘鲁国会总部,并与秘鲁国会副主席胡安·佩雷斯(Juan Perez){verb}。")
    assert any(m["name"] == "胡安·佩雷斯" for e in evs for m in e["target"])


def test_talk_with_own_community_is_none() -> None:
    assert not _meetings("8月28日,越南代表团走访越南驻秘鲁大使馆并与旅秘越南人代表进行交谈。")
