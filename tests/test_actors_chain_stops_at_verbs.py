"""An office chain read leftwards from a name stops at a verb (吊唁, 悼念, 慰问, 举行, 祝愿): the
body before the verb is where the act happens, not the person's office; a name after 主席 never
opens with the 国 of 主席国 (the chairing country); 原 before a word is "former", not a surname;
and a name ending in 平 before 和 ends a list item (习近平和…), 和平 aside."""

from __future__ import annotations

from dyad import extract


def _people(body: str) -> dict[str, list[str]]:
    doc = extract(f"越老关系\n\n越通社河内——{body}(越通社——VNA)\n越通社\n")
    return {m.name: [o.title for o in m.offices] for m in doc.mentions if m.kind == "person"}


def test_mourning_verb_ends_the_chain_and_the_embassy_is_the_side() -> None:
    body = "3月2日,老挝国家主席通伦·西苏里前往越南驻万象大使馆吊唁越南原国家主席陈文强。"
    assert _people(body)["陈文强"] == ["越南原国家主席"]
    doc = extract(f"越老关系\n\n越通社河内——{body}(越通社——VNA)\n越通社\n")
    (ev,) = [e for e in doc.events if e.section == "main"]
    assert [m.name for m in ev.target] == ["越南驻万象大使馆"]


def test_ceremony_verb_ends_the_chain() -> None:
    people = _people("3月2日,越南驻老挝大使馆隆重举行原越共中央总书记陈文强逝世吊唁仪式。")
    assert people["陈文强"] == ["原越共中央总书记"]


def test_wish_verb_ends_the_chain() -> None:
    people = _people("老挝国家主席通伦·西苏里祝愿国家主席陈文强在新的岗位上取得更大成就。")
    assert people["陈文强"] == ["国家主席"]


def test_chairing_country_is_no_person() -> None:
    assert _people("老挝全力支持越南履行好东盟轮值主席国职责。") == {}


def test_former_before_a_word_is_no_surname() -> None:
    people = _people("越南国家主席陈文强会见中国原主要领导人张国立。")
    assert sorted(people) == ["张国立", "陈文强"]


def test_name_ending_in_ping_before_he_ends_a_list_item() -> None:
    people = _people("中国国家主席王小平和中国政协主席赵乐天出席。")
    assert people["赵乐天"] == ["中国政协主席"]


def test_act_after_an_adverb_opens_no_bracketed_name() -> None:
    people = _people("此外,陈文强总书记将探访印度孟买市(Mumbai)。")
    assert sorted(people) == ["陈文强"]


def test_known_officeholder_after_yilai_is_read_whole() -> None:
    people = _people("这是柬埔寨政府自2018年成立以来洪森首相第二次访问越南。")
    assert sorted(people) == ["洪森"]


def test_two_ordinary_words_are_no_four_character_name() -> None:
    assert _people("两国外长强调了高层领导关于实施3点共识的重要性。") == {}


def test_known_name_ends_before_the_next_word() -> None:
    people = _people("2025年10月5日,日本首相石破茂抵达河内。欢迎仪式后,范明政与石破茂来到政府总部进行会谈。石破茂将会见越南领导人。")
    assert sorted(people) == ["石破茂", "范明政"]


def test_feeling_after_a_dot_name_ends_it() -> None:
    people = _people("古巴总理曼努埃尔·马雷罗·克鲁斯高兴地看到两国合作不断深化。")
    assert sorted(people) == ["曼努埃尔·马雷罗·克鲁斯"]


def test_adjective_before_leader_is_no_name() -> None:
    assert _people("他是两国人民久经考验的卓越领导人。") == {}
