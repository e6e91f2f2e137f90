"""``A国总统X会见了对该国进行正式访问的越南Y``: with no inviter named, 该国 is the host's country; the
guest Y makes a visit there, and calls on X."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str | None, list[str], list[str]]]:
    text = f"会见纪要\n\n越通社布拉格——{body}\n"
    return sorted(
        (e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    )


def test_guest_on_a_visit_to_that_country() -> None:
    body = "捷克总统彼得·哈韦尔卡会见了对该国进行正式访问的越南国会副主席阮文丁。"
    assert _events(body) == [
        ("meeting", ["阮文丁"], ["彼得·哈韦尔卡"]),
        ("visit", ["阮文丁"], ["捷克"]),
    ]


def test_guest_on_a_visit_with_its_days() -> None:
    body = "捷克总统彼得·哈韦尔卡与从5月4日至7日对该国进行正式访问的越南国会副主席阮文丁举行会晤。"
    assert _events(body) == [
        ("meeting", ["阮文丁"], ["彼得·哈韦尔卡"]),
        ("visit", ["阮文丁"], ["捷克"]),
    ]
