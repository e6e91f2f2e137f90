"""The topic's 就 (``A政府就越南国家主席X逝世致唁电``) ends an office chain on its left: the sender
before it is no part of the deceased's office; 劳动就业部 and 成就 keep their 就."""

from __future__ import annotations

from dyad import extract, to_record


def _record(body: str) -> dict:
    return to_record(extract(f"各国致唁电\n\n越通社河内——{body}\n"))


def test_a_government_sending_on_a_death_is_the_sender() -> None:
    rec = _record("2030年3月2日,智利政府就越南国家主席武文赏逝世向越南政府和人民致唁电。")
    sent = [e for e in rec["events"] if e["type"] == "SUPPORT"]
    assert sent and [p["name"] for p in sent[0]["source"]] == ["智利政府"], sent


def test_a_ministry_of_labour_and_employment_keeps_its_jiu() -> None:
    rec = _record("2030年3月2日,越南劳动荣军与社会部部长陶玉容会见了印度劳动与就业部部长亚达夫。")
    titles = [p["title"] for e in rec["events"] for p in e["source"] + e["target"]]
    assert "印度劳动与就业部部长" in titles, titles
