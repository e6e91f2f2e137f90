"""A foreign leader named in full with a dot (``马尔科姆·科林斯``) and later by the given name alone
(``马尔科姆与阮文甲举行会谈``) is one person: the bare given name takes the full name's country and
office instead of standing as an unknown person with no side."""

from __future__ import annotations

from dyad import extract, to_record


def _people(text: str) -> list[list[tuple[str, str | None]]]:
    return [
        [(p["name"], p["country"]) for p in e["source"] + e["target"]]
        for e in to_record(extract(text))["events"]
        if e["section"] == "main"
    ]


def test_given_name_alone_is_the_full_name() -> None:
    text = (
        "越南政府总理阮文甲与新西兰总理马尔科姆·科林斯举行会谈\n\n越通社惠灵顿——4月9日上午,新西兰总理"
        "马尔科姆·科林斯在惠灵顿议会大厦举行仪式,欢迎越南政府总理阮文甲到访。欢迎仪式结束后,马尔科姆与"
        "阮文甲举行会谈,其后两位总理签署联合声明。\n\n会谈中,双方对两国关系表示满意。(完)\n"
    )
    evs = _people(text)
    assert evs, evs
    for people in evs:
        assert ("马尔科姆", None) not in people, evs
        assert ("马尔科姆·科林斯", "NZL") in people, evs


def test_two_people_sharing_a_given_name_stay_apart() -> None:
    text = (
        "越南国会主席会见加拿大客人\n\n越通社河内——6月3日,越南国会主席阮文甲在河内会见了加拿大众议长"
        "马尔科姆·科林斯和加拿大参议员马尔科姆·霍顿。会见时,马尔科姆表示愿加强两国议会合作。(完)\n"
    )
    for people in _people(text):
        assert ("马尔科姆·霍顿", "CAN") not in people or ("马尔科姆·科林斯", "CAN") in people, people


def test_spanish_three_part_name_is_not_linked_by_its_given_name() -> None:
    text = (
        "越南驻墨西哥大使会见州长\n\n越通社墨西哥城——7月2日,越南驻墨西哥大使阮文甲会见了墨西哥哈利斯科州"
        "州长罗伯托·莫拉莱斯·奥赫达。会见时,莫拉莱斯表示希望加强合作。(完)\n"
    )
    for people in _people(text):
        assert all(name != "罗伯托" for name, _ in people), people
