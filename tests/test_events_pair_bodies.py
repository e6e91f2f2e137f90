"""A side told as ``两国X部`` (the same ministry of both countries) in a story about two countries."""

from __future__ import annotations

from dyad import extract, to_record


def test_pair_ministries_sign_as_the_two_countries_ministries() -> None:
    body = (
        "应越南公安部长梁三光上将的邀请,老挝公安部长维莱·拉坎冯于2024年10月8日至10日对越南进行正式访问。"
        "两国公安部长举行会谈。此前,两国公安部于2023年3月签署了合作计划。"
    )
    text = f"越老加强公安合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AGREE"]
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["越南公安部"]
    assert [p["name"] for p in evs[0]["target"]] == ["老挝公安部"]
    assert evs[0]["target"][0]["country"] == "LAO"


def test_a_compound_before_the_pair_word_names_the_two_ministries_even_with_nobody_named() -> None:
    """``越老两国外交部举行…磋商``: the compound 越老 says whose ministries, in its order; the talks are
    kept though no person is named."""
    body = "9月5日,越老两国外交部在万象举行第十次副部长级政治磋商。"
    text = f"越老两国外交部举行政治磋商\n\n{body}\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text, meta={"published": "2024-09-06"}))["events"] if e["section"] == "main"]
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "talks")]
    assert [p["name"] for p in evs[0]["source"]] == ["越南外交部"]
    assert [(p["name"], p["country"]) for p in evs[0]["target"]] == [("老挝外交部", "LAO")]
