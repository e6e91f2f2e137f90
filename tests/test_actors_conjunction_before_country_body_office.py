"""``A国首相X与B国政府总理Y``: the second office chain starts at B's body (B国政府), it does not
reach back over 与 to the first person, on a page as long as a real one (where the lexicon scan
reads the body whole) and whether X's name is known or not. Sentences and names invented."""

from __future__ import annotations

from dyad import extract, to_record

_FILLER = "两国关系近年来不断发展,各领域合作取得积极成果,双方同意继续加强交流。" * 8


def _record(body: str) -> dict:
    text = f"越南加强对外合作\n\n越通社河内——{_FILLER}{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))


def test_second_chain_stops_at_the_conjunction_on_a_long_page() -> None:
    rec = _record("4月2日下午,柬埔寨首相杭朵与越南政府总理阮文安举行会晤。")
    offices = {a["name"]: [o["title"] for o in a["offices"]] for a in rec["actors"]}
    assert offices.get("阮文安") == ["越南政府总理"]
    targets = [p for ev in rec["events"] for p in ev["source"] + ev["target"] if p["name"] == "阮文安"]
    assert targets and all(p["country"] == "VNM" and p["title"] == "越南政府总理" for p in targets)


def test_joined_fields_of_one_ministry_still_read_whole() -> None:
    rec = _record("4月2日下午,越南政府总理阮文安会见了巴西农业和畜牧业部部长卡洛斯·席尔瓦。")
    offices = {a["name"]: [o["title"] for o in a["offices"]] for a in rec["actors"]}
    assert offices.get("卡洛斯·席尔瓦") == ["巴西农业和畜牧业部部长"]
