"""Anniversaries of Viet Nam's relations with African and Middle Eastern countries (relations.tsv):
越埃 is Egypt unless the paragraph writes 埃塞俄比亚; Morocco, Palestine, Nigeria, Tanzania, Jordan
and Ethiopia date 越X建交N周年 by their own year of establishment."""
from tests.test_events import events_of


def _dates(text: str) -> list[str | None]:
    return [e["date"] for e in events_of(text) if e["mode"] == "meeting"]


def test_yue_ai_anniversary_is_ethiopia_when_the_paragraph_names_it() -> None:
    text = (
        "标题甲\n\n越通社河内——5月9日,越南驻埃塞俄比亚大使陈文甲向埃塞俄比亚总统阿贝贝·塔德塞递交国书,"
        "双方强调越埃建交40周年的重要意义。(完)"
    )
    assert _dates(text) == ["2016-05-09"]


def test_yue_ai_anniversary_stays_egypt_when_egypt_is_named() -> None:
    text = (
        "标题乙\n\n越通社河内——5月9日,越南驻埃及大使陈文甲会见埃及外长卡里姆·萨利赫,"
        "双方强调越埃建交60周年的重要意义。(完)"
    )
    assert _dates(text) == ["2023-05-09"]


def test_morocco_anniversary_dates_a_meeting() -> None:
    text = (
        "标题丙\n\n越通社河内——值此越南与摩洛哥建交60周年之际,10月4日,越南国会副主席黎文乙"
        "会见摩洛哥众议院议长哈桑·阿米纳。(完)"
    )
    assert _dates(text) == ["2021-10-04"]
