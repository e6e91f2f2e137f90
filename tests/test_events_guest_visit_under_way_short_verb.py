"""``正在访越的X出席了…``: a trip under way told with the short verb that names the country (访越,
访华) reports X's visit there, as ``正在对越南进行正式访问的X`` does; ``来访的X`` still only describes
the visitor."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    text = f"议长出席活动\n\n越通社河内——{body}\n"
    return sorted(
        (e["type"], e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    )


def test_visit_under_way_to_viet_nam() -> None:
    body = "5月8日,正在访越的比利时众议院议长埃琳娜·范德维尔德出席了在顺化大学举行的文化节开幕式。"
    assert _events(body) == [("CONSULT", "visit", ["埃琳娜·范德维尔德"], ["越南"])]


def test_visit_under_way_to_china() -> None:
    body = "5月8日,正在访华的越南国会副主席阮文丁参观了北京的一所中学。"
    assert _events(body) == [("CONSULT", "visit", ["阮文丁"], ["中国"])]
