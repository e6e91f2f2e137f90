"""A Khmer or Lao name holding 本 (Bun), written without its dot but with its Latin form after it."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_translit_name_with_ben_and_a_latin_form_is_a_person() -> None:
    body = "5月3日,越南驻柬埔寨大使馆参赞黎文德在金边向柬埔寨农业大臣本索帕(Bun Sopha)移交了一批抗旱物资。"
    text = f"越南向柬埔寨移交抗旱物资\n\n{body}\n\n越通社金边——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert evs, evs
    assert [(p["name"], p["country"]) for p in evs[0]["target"]] == [("本索帕", "KHM")], evs


def test_ben_without_a_latin_form_still_stops_a_name() -> None:
    body = "5月3日,越南驻柬埔寨大使黎文德在金边会见了柬埔寨农业大臣。本次会见气氛友好。"
    text = f"越南大使会见柬埔寨农业大臣\n\n{body}\n\n越通社金边——{body}(越通社——VNA)\n越通社\n"
    for e in to_record(extract(text))["events"]:
        assert all(not p["name"].startswith("本") for p in e["source"] + e["target"]), e
