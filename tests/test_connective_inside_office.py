"""A 与 inside a ministry's name in the office before a person does not split the sides of a joint act."""

from __future__ import annotations

from dyad import extract, to_record


def _sides(text: str) -> list[tuple[list[str], list[str]]]:
    evs = to_record(extract(text))["events"]
    return [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs if e["type"] == "CONSULT"]


def test_cochairs_with_a_ministry_joined_by_yu() -> None:
    text = (
        "越泰举行经济合作会议\n\n"
        "越通社河内——3月9日上午在河内,第5次越南—泰国经济合作部长级会议在越南农业与农村发展部长黎文明"
        "和泰国商业部长颂猜·武达的共同主持下举行。(越通社-VNA)\n"
    )
    sides = _sides(text)
    people = {n for s, t in sides for n in s + t}
    assert {"黎文明", "颂猜·武达"} <= people, sides
    assert not any({"越南", "泰国"} & set(s) for s, t in sides if "黎文明" in t or "颂猜·武达" in t), sides


def test_comma_before_a_later_with_keeps_the_old_split() -> None:
    text = (
        "越南代表团访问某国\n\n"
        "越通社河内——代表团会见了土耳其副总统阿里·汗,土耳其正义与发展党副主席梅特·丁,"
        "走访越南驻土耳其大使馆并与旅土越南人代表进行交谈。(越通社-VNA)\n"
    )
    sides = _sides(text)
    assert not any("越南驻土耳其大使馆" in s and "阿里·汗" in t for s, t in sides), sides
