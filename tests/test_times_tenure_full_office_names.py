"""An office written out with the body's whole name (the party's central committee, the NPC
Standing Committee, the CPPCC National Committee, the People's Republic, an ambassador
extraordinary and plenipotentiary) names the same (person, office) pair as the short form of the
tenure table. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_full_party_and_npc_titles_date_a_meeting() -> None:
    doc = page(
        "会见",
        ["8月1日,越南共产党中央委员会总书记阮富仲在河内会见中华人民共和国全国人民代表大会常务委员会委员长赵乐际。"],
    )
    t = tv(doc, "8月1日")
    assert (t.value, t.basis) == ("2023-08-01", "tenure")


def test_the_full_name_of_the_cppcc_narrows_a_president_term() -> None:
    doc = page("会见", ["5月8日,国家主席陈大光会见中国人民政治协商会议全国委员会主席汪洋。"])
    t = tv(doc, "5月8日")
    assert (t.value, t.basis) == ("2018-05-08", "tenure")


def test_the_vice_president_of_the_republic_is_the_vice_president() -> None:
    doc = page("会见", ["6月3日,国家主席张晋创会见中华人民共和国副主席李源潮。"])
    t = tv(doc, "6月3日")
    assert t.basis == "tenure" and "国家副主席李源潮" in (t.basis_text or "")


def test_an_ambassador_extraordinary_and_plenipotentiary_is_the_ambassador() -> None:
    doc = page("会见", ["10月9日,政府总理范明政会见中华人民共和国驻越南特命全权大使熊波。"])
    t = tv(doc, "10月9日")
    assert t.basis == "tenure" and "中国驻越南大使熊波" in (t.basis_text or "")


def test_the_premier_named_by_the_country_alone_is_the_state_council_premier() -> None:
    doc = page("通电话", ["3月20日,越南政府总理范明政同中国总理李克强通电话。"])
    t = tv(doc, "3月20日")
    assert (t.value, t.basis) == ("2022-03-20", "tenure")


def test_japans_foreign_minister_written_as_foreign_secretary_is_the_minister() -> None:
    doc = page("通电话", ["9月10日,越南政府副总理兼外交部长范平明同日本外交大臣茂木敏充通电话。"])
    t = tv(doc, "9月10日")
    assert (t.value, t.basis) == ("2020-09-10", "tenure")
