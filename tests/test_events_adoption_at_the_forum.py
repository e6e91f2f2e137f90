"""``东盟国家领导一致通过…宣言`` on a page about a summit attended: a document adopted in the days
of the forum with no other side named is adopted at that forum (its target, mode multilateral)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _events(body: str) -> list[dict[str, Any]]:
    text = f"阮春福出席东盟峰会\n\n越通社雅加达——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def test_leaders_adopting_on_the_summit_day_adopt_at_the_summit() -> None:
    evs = _events(
        "2019年6月22日,越南政府总理阮春福在曼谷出席第34届东盟峰会。"
        "东盟国家领导一致通过东盟领导人关于网络安全合作的宣言。"
    )
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert len(agree) == 1
    assert agree[0]["mode"] == "multilateral"
    assert [m["name"] for m in agree[0]["target"]] == ["第34届东盟峰会"]


def test_earlier_dated_adoption_gets_no_forum() -> None:
    evs = _events(
        "2019年6月22日,越南政府总理阮春福在曼谷出席第34届东盟峰会。"
        "2015年,东盟国家领导一致通过了东盟领导人关于共同体愿景的宣言。"
    )
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert agree
    assert all("第34届东盟峰会" not in [m["name"] for m in e["target"]] for e in agree)
