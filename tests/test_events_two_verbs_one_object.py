"""Two verbs sharing one object (``A会见并宴请B``, ``会见并设宴款待B一行``): B is the one met, in a
main article and in a teaser alike (the object no longer ends at 并 right after the verb)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("verbs", ["会见并宴请", "会见并设宴款待", "会见了并招待"])
def test_the_shared_object_is_met(verbs: str) -> None:
    body = f"5月20日,柬埔寨首相洪玛奈{verbs}越南政府总理范明政一行。"
    rec = to_record(extract(f"两国总理会面\n\n越通社金边——{body}\n"))
    met = [e for e in rec["events"] if e["mode"] == "meeting" and e["cameo"] != "043"]
    assert met and {p["name"] for e in met for p in e["source"] + e["target"]} == {"洪玛奈", "范明政"}, rec["events"]


def test_teaser_with_two_verbs_is_a_meeting() -> None:
    page = "标题\n\n越通社河内——正文。\n\n更多\n\n越南国家主席梁强会见并宴请老挝国家主席通伦\n越南向缅甸提供援助\n"
    rec = to_record(extract(page))
    first = [e for e in rec["events"] if e["section"] == "related" and e["teaser"] == 0]
    assert [(e["type"], e["mode"]) for e in first] == [("CONSULT", "meeting")], rec["events"]
