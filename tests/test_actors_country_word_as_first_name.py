"""A country's name standing alone after an office (``古巴国家副主席牙买加`` in a headline) is the
person's short name when his full dotted name on the page opens with it (``牙买加•罗德里格斯•佩雷斯``):
one meeting, with the Cuban vice president, not a second one with Jamaica."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(text: str) -> list[tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]]:
    return [
        ([(p["name"], p["country"]) for p in e["source"]], [(p["name"], p["country"]) for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "meeting"
    ]


def test_short_name_that_is_a_country_word() -> None:
    text = (
        "越南国会主席会见古巴国家副主席牙买加\n\n越通社河内——5月2日,越南国会主席阮文甲在河内会见了古巴共产党"
        "中央政治局委员、国家副主席牙买加•罗德里格斯•佩雷斯(Jamaica Rodriguez Perez)。\n"
    )
    evs = _meetings(text)
    assert len(evs) == 1, evs
    people = evs[0][0] + evs[0][1]
    assert ("牙买加•罗德里格斯•佩雷斯", "CUB") in people, evs
    assert all(country != "JAM" for _, country in people), evs
