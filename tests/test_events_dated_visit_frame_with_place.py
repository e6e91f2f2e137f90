"""A past visit told with its year as the frame of another act, the place between the trigger and
``期间`` (``2011年5月3日,在A访问丹麦期间,两国建立…``), is not the visit the article's inviter
asked for: its visited side stays the country, not the host who invites today's visitor."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国家主席访问丹麦\n\n"
    "越通社哥本哈根——应丹麦首相拉尔斯·汉森的邀请,越南国家主席陈文丁于9月10日至12日对丹麦进行正式访问。\n\n"
    "2011年5月3日,在越南政府总理黎文丙访问丹麦期间,越丹两国建立了全面伙伴关系。(越通社——VNA)\n"
)


def _visits() -> list[dict]:
    events = to_record(extract(PAGE))["events"]
    return [e for e in events if e["mode"] == "visit" and e["section"] == "main"]


def test_dated_past_visit_goes_to_the_country() -> None:
    past = [e for e in _visits() if e["source"] and e["source"][0]["name"] == "黎文丙"]
    assert past and [m["name"] for m in past[0]["target"]] == ["丹麦"], past


def test_current_visit_keeps_its_inviter() -> None:
    now = [e for e in _visits() if e["source"] and e["source"][0]["name"] == "陈文丁"]
    assert now and [m["name"] for m in now[0]["target"]] == ["拉尔斯·汉森"], now
