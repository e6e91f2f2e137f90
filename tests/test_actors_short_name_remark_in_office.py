"""A body's short name given in brackets inside an office chain (``联合国人口基金(以下简称人口基金)驻越南
首席代表X``) belongs to the body: the chain reads on over it to the whole office. Sentences written
for the test."""

from __future__ import annotations

from test_actors import people


def test_short_name_remark_inside_an_international_office() -> None:
    got = people("6月2日,越南国会副主席黎文甲会见了联合国人口基金(以下简称人口基金)驻越南首席代表约翰·史密斯。")
    m = got["约翰·史密斯"]
    assert m.title.startswith("联合国人口基金") and m.title.endswith("驻越南首席代表")
    assert m.country is None


def test_short_name_remark_with_jiancheng_inside_a_company_office() -> None:
    got = people("6月2日,越南工贸部副部长黎文甲会见了日本丸红株式会社(简称丸红)董事长山田太郎。")
    assert got["山田太郎"].title.startswith("日本丸红株式会社")
