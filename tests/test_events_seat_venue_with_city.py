"""A venue told with the city it is in (``在X国首都Y外交部总部向Z递交国书``) is where the act happens:
neither the body whose seat it is nor the city gives or calls; the one named before 在 does."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    text = f"越南驻吉尔吉斯斯坦大使递交国书\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_credentials_presented_at_a_ministry_seat_in_a_named_capital() -> None:
    evs = _main(
        "6月9日,越南驻吉尔吉斯斯坦特命全权大使陈文安在吉尔吉斯斯坦首都比什凯克外交部总部"
        "向该国外交部长库鲁巴耶夫递交国书。"
    )
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["陈文安"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["库鲁巴耶夫"], evs


def test_a_bare_seat_still_gives_to_the_one_named_first() -> None:
    evs = _main("黎怀忠在外交部总部向老挝驻越大使宋蓬移交了援助物资5万美元。")
    assert evs and [p["name"] for p in evs[0]["source"]] == ["黎怀忠"], evs


def test_a_capital_told_after_zai_is_where_not_who() -> None:
    evs = _main(
        "6月9日,越南驻吉尔吉斯斯坦特命全权大使陈文安在吉尔吉斯斯坦首都比什凯克向吉尔吉斯斯坦总统扎帕罗夫递交国书。"
    )
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["陈文安"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["扎帕罗夫"], evs
