"""Where a sum is to be spent (``用于在X建设…``, ``资助Y赴X攻读…``) or a country's fields of business
(``扩大在越南…等领域的投资``) are not where the event took place."""

from __future__ import annotations

from dyad import extract

_TAIL = "(越通社—VNA)\n越通社\n"


def _main(text: str):
    return [e for e in extract(text).events if e.section == "main"]


def test_aid_spent_in_a_city_is_not_given_there() -> None:
    events = _main(
        "智利向越南提供援助\n\n越通社河内——5月4日,智利总统胡安·佩雷斯在河内同越南国家主席黎文乙举行会谈。"
        "佩雷斯宣布,智利将向越南提供300万美元无偿援助,用于在顺化市建设一所职业学校。" + _TAIL
    )
    aid = [e for e in events if e.type == "AID"]
    assert aid and all(e.location != "顺化市" for e in aid)


def test_aid_paying_a_move_is_not_given_where_they_go() -> None:
    events = _main(
        "智利向越南提供援助\n\n越通社河内——根据换文,智利政府将向越南政府提供200万美元的无偿援助,"
        "资助越南青年公务员赴智利攻读硕士学位。" + _TAIL
    )
    aid = [e for e in events if e.type == "AID"]
    assert aid and all(e.location != "智利" for e in aid)


def test_fields_of_a_country_do_not_place_the_forum() -> None:
    events = _main(
        "越南政府总理访问智利\n\n越通社圣地亚哥——5月3日至5日,越南政府总理黎文乙对智利进行正式访问。"
        "访问期间,黎文乙还出席了越南—智利商业论坛,并会见了智利多家企业的领导人,欢迎智利企业扩大在越南"
        "基础设施、能源和农业等领域的投资。" + _TAIL
    )
    forums = [e for e in events if e.mode == "multilateral"]
    assert forums and all(e.location != "越南" for e in forums)
