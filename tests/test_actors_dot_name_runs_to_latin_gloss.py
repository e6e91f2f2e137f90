"""A dot name's last segment runs to its Latin gloss when one or two characters stand before the
bracket (``马可·贝尔托来西(Marco Bertolesi)``): a character read elsewhere as a verb after a name
(来) is inside the name here."""

from __future__ import annotations

from dyad import extract, to_record


def test_dot_name_keeps_the_characters_before_its_gloss() -> None:
    text = (
        "越南国家主席会见意大利政党领导\n\n越通社罗马——5月2日,越南国家主席陈文甲先后会见了意大利共产党全国书记"
        "马可·贝尔托来西(Marco Bertolesi)和意大利民主党副主席安娜·罗西(Anna Rossi)。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    people = {m["name"]: m for e in evs for m in e["source"] + e["target"]}
    assert "马可·贝尔托来西" in people
    assert people["马可·贝尔托来西"]["latin"] == "Marco Bertolesi"
    assert "马可·贝尔托" not in people


def test_a_verb_after_a_dot_name_still_ends_it() -> None:
    text = (
        "意大利客人访越\n\n越通社河内——5月2日,意大利共产党全国书记马可·贝尔托来越南访问。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    names = {m["name"] for e in evs for m in e["source"] + e["target"]}
    assert "马可·贝尔托来越南" not in names


def test_a_title_before_the_gloss_stays_out_of_the_name() -> None:
    text = (
        "越德合作\n\n越通社柏林——6月2日,越南驻德国大使陈文甲拜会不来梅市市长汉斯·穆勒博士"
        "(Dr. Hans Muller)。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    names = {m["name"] for e in evs for m in e["source"] + e["target"]}
    assert "汉斯·穆勒" in names
    assert "汉斯·穆勒博士" not in names
