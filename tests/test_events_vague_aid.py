"""Aid spoken of in general in the main article (no one named to receive it, no sum, no day or year
in its sentence) is background, no event; aid with its sum or its year, and a gift still to come
(将继续…提供), stay."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    page = f"越南与芬兰加强合作\n\n越通社河内——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_aid_told_in_general_is_no_event() -> None:
    evs = _aid("世界银行已向本地区多国提供援助,世界银行也援助越南抗击干旱工作。")
    assert evs == [], evs


def test_projects_a_government_funded_are_no_event() -> None:
    evs = _aid("多个由芬兰政府提供援助的水利项目已为越南农村发展发挥重要作用。")
    assert evs == [], evs


def test_aid_with_its_year_stays() -> None:
    evs = _aid("1975年,芬兰同时为越南提供无偿援助资金。")
    assert len(evs) == 1, evs


def test_aid_with_its_sum_stays() -> None:
    evs = _aid("芬兰政府决定向越南提供200万美元无偿援助。")
    assert len(evs) == 1, evs
