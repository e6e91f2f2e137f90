"""``…;出席…辩论并发表讲话,先后与A、B等领导人进行双方会晤``: 先后 (one after the other) before 与
opens the partners' clause as a bare 与 does; the partners are the ones met, and the one who meets
them is the sentence's subject, not the partners themselves."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str | None, list[str], list[str]]]:
    text = f"越南国会副主席出席议会大会\n\n越通社日内瓦——{body}(越通社-VNA)\n"
    return sorted(
        (e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    )


def test_partners_after_xianhou_are_met_by_the_subject() -> None:
    body = (
        "在瑞士期间,越南国会副主席阮文丁出席了各国议会联盟第150届大会,并在全体会议上发表讲话;"
        "出席青年议员论坛并发表讲话,先后与第78届联合国大会主席、欧洲议会议长等领导人进行双方会晤。"
    )
    meetings = [e for e in _events(body) if e[0] == "meeting"]
    assert meetings and all(source == ["阮文丁"] for _, source, _ in meetings)
    assert any("联合国大会" in name for _, _, target in meetings for name in target)
