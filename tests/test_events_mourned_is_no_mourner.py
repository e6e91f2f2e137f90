"""``唁电中对X于…逝世表示沉痛哀悼,对X总书记家属…致以慰问``: X died; he is no sender of sympathy.
The message told before is the event; one sent about a death (``A就X逝世向B致唁电``) keeps A."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"各国领导人致唁电\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_dead_send_no_condolences() -> None:
    evs = _events(
        "非洲联盟各国领导已共同致唁电。唁电中对越共中央总书记阮富仲于7月19日逝世表示沉痛哀悼,"
        "对阮富仲总书记家属,越南政府和人民致以深切的慰问。"
    )
    assert evs, evs
    assert not any("阮富仲" in p["name"] for e in evs for p in e["source"]), evs


def test_a_sender_about_a_death_stays() -> None:
    evs = _events("南非总统西里尔·拉马福萨就阮富仲逝世向越南国家主席苏林致唁电。")
    assert any([p["name"] for p in e["source"]] == ["西里尔·拉马福萨"] for e in evs), evs
