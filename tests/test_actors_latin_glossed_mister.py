"""A foreign name glossed in Latin and called 先生 or 女士 with no office before it
(``值此X(Latin Name)先生就任…之际``) is a person: it keeps its Latin form, which the later
mentions of the same name take too."""

from __future__ import annotations

from dyad import extract, to_record


def test_latin_gloss_before_mister_is_read() -> None:
    text = (
        "越南外长致贺电\n\n越通社河内——值此卡尔松(Erik Karlsson)先生被任命芬兰外交部部长之际,"
        "越南外交部部长陈文甲向卡尔松先生致贺电。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    people = {m["name"]: m for e in evs for m in e["source"] + e["target"]}
    assert "卡尔松" in people
    assert people["卡尔松"]["latin"] == "Erik Karlsson"

