"""``在与X的会谈中,Y提出…``: the frame of what is said tells talks with X, as ``在与X的会晤中`` tells
a meeting; a bare ``在会谈中,`` still points back at talks told before."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(body: str) -> list[dict]:
    text = (
        "越南驻秘鲁大使访问利马\n\n越通社秘鲁——越南驻秘鲁大使陈文甲日前对利马市进行了访问。\n\n"
        f"{body}\n\n双方合作潜力巨大。(越通社——VNA)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]


def test_talks_frame_with_named_side_is_talks() -> None:
    evs = _talks("5月3日,在与秘鲁外交部副部长胡安·佩雷斯(Juan Perez)的会谈中,陈文甲提出了一些措施。")
    assert len(evs) == 1
    assert [m["name"] for m in evs[0]["source"]] == ["陈文甲"]
    assert [m["name"] for m in evs[0]["target"]] == ["胡安·佩雷斯"]


def test_bare_talks_frame_is_no_new_talks() -> None:
    assert not _talks("在会谈中,陈文甲提出了一些措施。")
