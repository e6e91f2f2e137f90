"""A delegation that 探访 its own mission abroad (探访越南驻甲国大使馆) calls at it, a CONSULT visit
like 探望 or 造访 the mission; 探访 a site stays no visit to a side. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    text = f"越南代表团访问墨西哥\n\n越通社墨西哥城——{body}(越通社——VNA)\n越通社\n"
    return [
        (e["type"], e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    ]


def test_tanfang_own_embassy_is_a_call_at_it() -> None:
    evs = _events(
        "访问墨西哥期间,越南代表团团长阮文甲一行拜见墨西哥劳动党总书记罗伯特;"
        "探访越南驻墨西哥大使馆并与大使馆干部和人员举行亲切会面等。"
    )
    assert ("CONSULT", "visit", ["阮文甲"], ["越南驻墨西哥大使馆"]) in evs
    # the mission is the one called at, not a visitor of its host country
    assert not any(src == ["越南驻墨西哥大使馆"] for _, _, src, _ in evs)


def test_tanfang_a_site_is_no_call() -> None:
    evs = _events("访问墨西哥期间,越南代表团团长阮文甲一行拜见墨西哥劳动党总书记罗伯特;探访胡志明主席曾工作过的旧址。")
    assert not any(m == "visit" and "旧址" in "".join(t) for _, m, _, t in evs)
