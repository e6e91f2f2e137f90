"""A person the office-holder lexicon knows by his own country's office, named now with the post of
an international body (联合国秘书长X), stands for no country. Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_un_secretary_general_known_as_a_former_minister_has_no_country() -> None:
    got = people("4月9日下午,越南政府副总理黎文成会见了正在越南访问的联合国秘书长潘基文。")
    assert got["潘基文"].country is None


def test_the_same_person_with_his_own_countrys_office_keeps_it() -> None:
    got = people("4月9日下午,越南外交部长黎文成会见了韩国外交部长潘基文。")
    assert got["潘基文"].country == "KOR"


def test_a_chair_country_named_in_the_office_keeps_its_country() -> None:
    got = people("当晚,越南政府总理黎文成会见了本届东盟轮值主席国新加坡总理李显龙。")
    assert got["李显龙"].country == "SGP"


def test_a_chair_named_beside_his_own_countrys_office_keeps_it() -> None:
    got = people("当晚,越南政府总理黎文甲会见了新加坡总理、东盟轮值主席李显龙。")
    assert got["李显龙"].country == "SGP"


def test_a_rotating_chair_told_alone_keeps_his_country() -> None:
    got = people("应2019年东盟轮值主席李显龙邀请,越南政府总理黎文甲出席了会议。")
    assert got["李显龙"].country == "SGP"
