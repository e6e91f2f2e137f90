"""A signing ceremony told between two provinces with no person, then in the next sentence
by the two leaders who chaired it (``A和B共同主持签署仪式``), is one signing: the leaders'."""

from __future__ import annotations

from dyad import extract, to_record


def test_signing_told_then_chaired_by_its_leaders_is_one_event() -> None:
    text = (
        "两省加强合作\n\n越通社平福省——越南平福省与柬埔寨桔井省2021-2025年合作备忘录签署仪式4月7日在平福省举行。"
        "平福省人民委员会主席陈文甲和柬埔寨桔井省省长索坤共同主持签署仪式。"
        "\n\n双方一致同意加强贸易合作。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert len(evs) == 1
    names = {m["name"] for m in evs[0]["source"] + evs[0]["target"]}
    assert "陈文甲" in names
