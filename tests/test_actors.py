"""People, offices, organisations and countries, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad import extract, parse_page, to_record
from dyad.extraction.actors import actor_id, annotate_actors, norm_name


def page(body: str, title: str = "测试标题:越南与各国加强合作") -> str:
    return f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"


def people(body: str, **kw) -> dict[str, object]:
    doc = parse_page(page(body))
    annotate_actors(doc, **kw)
    out: dict[str, object] = {}
    for m in doc.mentions:
        if m.kind == "person" and m.name not in out:
            out[m.name] = m
    return out


def test_office_chain_two_offices_one_person() -> None:
    got = people("8月3日,越共中央政治局委员、胡志明市市委书记阮文年会见了老挝客人。")
    m = got["阮文年"]
    assert [o.title for o in m.offices] == ["越共中央政治局委员", "胡志明市市委书记"]
    assert m.title == "胡志明市市委书记"
    assert m.country == "VNM"


def test_provincial_chain_resolves_to_china() -> None:
    got = people("当天,云南省委常委、昆明市委书记刘洪建与越南客人举行会谈。")
    assert got["刘洪建"].title == "昆明市委书记"
    assert got["刘洪建"].country == "CHN"


def test_compound_office_with_jian() -> None:
    got = people("中国国务委员兼外交部长王毅表示,中方愿同越方加强合作。")
    assert got["王毅"].title == "中国国务委员兼外交部长"
    assert got["王毅"].country == "CHN"


def test_head_of_government_of_a_kingdom() -> None:
    got = people("柬埔寨王国政府首相洪玛奈会见了越南国会主席。")
    assert got["洪玛奈"].title == "柬埔寨王国政府首相"
    assert got["洪玛奈"].country == "KHM"


def test_ambassador_belongs_to_the_sending_country() -> None:
    got = people("越南驻日本大使范光效出席了活动。日本驻越南大使伊藤直树致辞。")
    assert got["范光效"].country == "VNM"
    assert got["伊藤直树"].country == "JPN"


def test_dot_name_with_latin_in_brackets_and_stray_space() -> None:
    got = people("法国外交部长让-伊夫·勒德里昂（Jean-Yves Le Drian ）会见了越南副总理。")
    name = next(n for n in got if "勒德里昂" in n)
    assert got[name].latin == "Jean-Yves Le Drian"
    assert got[name].country == "FRA"


def test_glued_latin_name_is_kept_and_repaired_form_offered() -> None:
    got = people("越南代表团与法国开发署署长RemyRioux举行会谈。")
    m = got["RemyRioux"]
    assert m.latin == "RemyRioux"
    assert m.latin_repaired == "Remy Rioux"
    assert m.country == "FRA"


def test_later_bare_mentions_link_to_the_first_full_one() -> None:
    doc = parse_page(page("老挝总理宋赛·西潘敦会见了越南客人。宋赛·西潘敦表示,老方重视越老关系。"))
    annotate_actors(doc)
    ids = {m.actor_id for m in doc.mentions if m.name == "宋赛·西潘敦"}
    assert len(ids) == 1
    mentions = [m for m in doc.mentions if m.name == "宋赛·西潘敦"]
    assert len(mentions) >= 2 and all(m.country == "LAO" for m in mentions)


def test_name_then_office_at_clause_start() -> None:
    got = people("苏林总书记在河内会见了新加坡总理黄循财。")
    assert "苏林" in got
    assert got["黄循财"].country == "SGP"


def test_delegation_led_by_a_person() -> None:
    doc = parse_page(page("越共中央政治局委员、国会主席王廷惠率领越南国会高级代表团对老挝进行正式访问。"))
    annotate_actors(doc)
    leaders = doc.meta["delegation_leaders"]
    assert {p.name for p in leaders.values()} == {"王廷惠"}


def test_organisations_are_found_with_their_country() -> None:
    doc = parse_page(page("越南外交部与法国开发署在巴黎签署了合作协议。"))
    annotate_actors(doc)
    orgs = {m.name: m.country for m in doc.mentions if m.kind == "organisation"}
    assert orgs.get("越南外交部") == "VNM"
    assert orgs.get("法国开发署") == "FRA"


def test_spans_slice_back_to_names() -> None:
    doc = parse_page(page("越南政府总理范明政会见了日本首相岸田文雄(Kishida Fumio)。"))
    annotate_actors(doc)
    for m in doc.mentions:
        assert doc.text[m.span.start : m.span.end].replace("\u00a0", " ").strip() == m.name
        for o in m.offices:
            assert doc.text[o.span.start : o.span.end] == o.title


def test_actor_ids_are_stable_and_name_normalised() -> None:
    assert actor_id("person", "瓦莱丽·佩克雷斯", "FRA") == actor_id("person", "瓦莱丽佩克雷斯", "FRA")
    assert actor_id("person", "黄忠海", "VNM") != actor_id("person", "黄忠海", "CHN")
    assert norm_name("Khuong Sreng") == "khuongsreng"


@pytest.mark.parametrize("fallback", [True, False])
def test_fallback_only_adds(fallback: bool) -> None:
    got = people("越南国会主席会见了来访的客人阮春福。", fallback=fallback)
    assert isinstance(got, dict)


def test_a_monks_name_ends_before_his_buddhist_title() -> None:
    got = people("越南佛教教会治事委员会常务副主席释清决法师率领越南佛教代表团出席卫塞节庆典。")
    m = got["释清决"]
    assert m.title == "越南佛教教会治事委员会常务副主席"
    assert m.country == "VNM"


def test_two_dot_names_joined_by_a_conjunction_and_an_office_are_two_people() -> None:
    got = people(
        "国会副主席阮德海向马来西亚国会下议院议长佐哈里·阿卜杜勒及上议院议长穆堂·达加尔致贺电;"
        "政府总理向泰国总理赛塔·他威信和副总理帕里·素坤参致贺电。"
    )
    assert {"佐哈里·阿卜杜勒", "穆堂·达加尔", "赛塔·他威信", "帕里·素坤参"} <= set(got)
    assert got["穆堂·达加尔"].title == "上议院议长"


def test_thai_surname_ending_in_gong_is_kept_whole() -> None:
    got = people("越南驻泰国大使会见了泰国总理阿努廷·参威拉恭。")
    assert "阿努廷·参威拉恭" in got


def test_provincial_department_named_by_two_joined_fields() -> None:
    doc = parse_page(page("越南代表团与云南省文化和旅游厅举行座谈,随后在宴会厅出席招待会。"))
    annotate_actors(doc)
    bodies = [m.name for m in doc.mentions if m.kind == "organisation"]
    assert "云南省文化和旅游厅" in bodies
    assert not any(b.endswith("宴会厅") for b in bodies)


def test_ministry_named_by_two_joined_fields_keeps_its_country() -> None:
    got = people("签字仪式由巴西农业和畜牧业部部长卡洛斯·法瓦罗和越南外长裴青山共同主持。")
    assert got["卡洛斯·法瓦罗"].title == "巴西农业和畜牧业部部长"
    assert got["卡洛斯·法瓦罗"].country == "BRA"
    assert got["裴青山"].title == "越南外长"


def test_short_transliteration_vouched_for_by_its_latin_form() -> None:
    got = people("同日,越南外交部长裴青山向缅甸副总理兼外交部长丹穗(Than Swe)致慰问电。")
    assert got["丹穗"].title == "缅甸副总理兼外交部长"
    assert got["丹穗"].latin == "Than Swe" and got["丹穗"].country == "MMR"


def test_latin_form_does_not_glue_the_next_office_to_a_name() -> None:
    got = people("新加坡副总理兼财政部长黄循财(Lawrence Wong)会见了越南代表团。")
    assert "黄循财" in got and not any("兼" in name for name in got)
    assert got["黄循财"].title == "新加坡副总理兼财政部长"


def test_tongguo_ends_a_name() -> None:
    got = people("2024年12月5日,越南政府副总理兼外交部长裴青山通过视频方式同日本外务大臣岩屋毅举行会谈。")
    assert got["裴青山"].title == "越南政府副总理兼外交部长"


def test_japanese_two_character_surname_and_long_undotted_transliteration() -> None:
    got = people("越南国会主席会见了日本众议院议员二阶俊博和欧洲议会对外关系委员会主席麦卡利斯特。")
    assert got["二阶俊博"].title == "日本众议院议员"
    assert got["麦卡利斯特"].title == "欧洲议会对外关系委员会主席"


def test_name_ends_before_an_exchange_of_greetings() -> None:
    found = people("2024年2月8日,越共中央总书记阮富仲与中共中央总书记、国家主席习近平互致新春贺词。")
    assert "习近平" in found


def test_the_aside_word_before_a_name_is_not_its_surname() -> None:
    got = people("应梁强主席的邀请,法国总统埃马纽埃尔·马克龙对越南进行国事访问。")
    assert "梁强" in got and "应梁强" not in got


def test_a_city_named_after_a_person_is_not_that_person() -> None:
    got = people("胡志明市委副书记阮福禄会见了老挝客人。胡志明主席的思想永存。")
    doc = parse_page(page("胡志明市委副书记阮福禄会见了老挝客人。胡志明主席的思想永存。"))
    annotate_actors(doc)
    hcm = [m for m in doc.mentions if m.kind == "person" and m.name == "胡志明"]
    assert "阮福禄" in got and all(doc.norm[m.span.end] == "主" for m in hcm)


def test_hyphen_inside_a_later_segment_of_a_dot_name() -> None:
    """``米格尔·迪亚斯-卡内尔·贝穆德斯`` is one person, not 米格尔·迪亚斯 and 卡内尔·贝穆德斯;
    the hyphen may also stand in the last segment (``洛佩斯-奥夫拉多尔``)."""
    got = people("9月30日,越南国家主席阮春福向古巴国家主席米格尔·迪亚斯-卡内尔·贝穆德斯致慰问电。")
    assert "米格尔·迪亚斯-卡内尔·贝穆德斯" in got and "米格尔·迪亚斯" not in got
    got = people("当天,越南政府总理会见了墨西哥总统安德烈斯·曼努埃尔·洛佩斯-奥夫拉多尔。")
    assert "安德烈斯·曼努埃尔·洛佩斯-奥夫拉多尔" in got


def test_japanese_vice_minister_ranks_are_offices() -> None:
    """``外务审议官山田重夫``, ``外务副大臣武井俊辅``: the Japanese counterparts of a deputy minister."""
    found = people("3月10日,阮明武与日本外务省外务审议官山田重夫举行磋商。次日,他会见日本外务副大臣武井俊辅。")
    assert {"山田重夫", "武井俊辅"} <= set(found)
    assert found["山田重夫"].country == "JPN"


def test_ceng_yu_after_a_name_is_once_not_a_surname() -> None:
    """``德仁曾于2017年…``: 曾于 (once, in) ends the name; 曾培炎 still starts with the surname 曾."""
    got = people("3月15日,日本天皇德仁曾于2017年对越南进行国事访问。中国国务院副总理曾培炎会见越方。")
    assert {"德仁", "曾培炎"} <= set(got) and "德仁曾" not in got
    assert "曾于" not in people("3月15日,德仁天皇曾于2017年对越南进行国事访问。")


@pytest.mark.parametrize("adverb", ["曾分别", "曾先后", "曾两次"])
def test_once_each_after_an_office_is_no_surname(adverb: str) -> None:
    """``X总理曾分别于…``: 曾分别 (once each) ends the name, as 曾于 does; 曾 the surname still starts one."""
    got = people(f"3月15日,甲国首相罗伯特·施密特总理{adverb}于2030年6月和2032年4月对越南进行访问。国家主席曾文明会见他。")
    assert adverb not in got and "罗伯特·施密特" in got and "曾文明" in got


def test_japanese_two_character_surnames_with_bu_and_five_character_names() -> None:
    """``服部诚太郎``, ``武部新``, ``小泉纯一郎``: a Japanese surname may hold 部, and two surname
    characters with three of the given name make five."""
    got = people(
        "3月24日,范光效与福冈县知事服部诚太郎举行会谈。次日,他会见日越友好议员联盟干事长武部新"
        "和日本前首相小泉纯一郎。"
    )
    assert {"服部诚太郎", "武部新", "小泉纯一郎"} <= set(got)
    assert all(got[n].country == "JPN" for n in ("服部诚太郎", "武部新", "小泉纯一郎"))


def test_a_bare_mention_takes_the_country_of_the_full_one() -> None:
    """A caption's ``阮仲义与李书磊``, the body's ``中共中央政治局委员…李书磊``, then ``阮仲义与李书磊
    签署``: every mention of the Chinese minister is Chinese, not only the one with the chain."""
    lead = "越共中央宣教部部长阮仲义率领代表团于11月20日至24日访问中国。"
    text = (
        f"两党理论研讨会在北京举行\n\n{lead}\n两党理论研讨会在北京举行 ảnh 1阮仲义(左)与李书磊共同主持研讨会。"
        f"(图片来源:越通社)\n\n越通社北京——{lead}\n\n当天下午,阮仲义与中共中央政治局委员、中央宣传部部长"
        "李书磊在北京共同主持研讨会。\n\n研讨会结束后,阮仲义与李书磊签署了合作计划。(越通社——VNA)\n越通社\n"
    )
    doc = extract(text)
    assert {m.country for m in doc.mentions if m.name == "李书磊"} == {"CHN"}


def test_a_transliterated_name_may_end_in_na() -> None:
    """那 writes Lao and Thai syllables (``奔舍那``); without it the name lost its last one."""
    assert "宋玛·奔舍那" in people("9月12日,越南国会副主席阮德海在河内会见由老挝国会副主席宋玛·奔舍那率领的老挝国会代表团。")


def test_re_election_ends_a_transliterated_name() -> None:
    """连 is a transliteration character, but ``连任`` after a name is the re-election, not its end."""
    assert "通伦·西苏里" in people("2月10日,越南国家主席梁强致信祝贺老挝国家主席通伦·西苏里连任。")


def test_name_holding_a_place_word_read_before_a_rank() -> None:
    got = people("6月4日,越南人民军副总参谋长阮新疆大将率团访问柬埔寨。")
    assert "阮新疆" in got and got["阮新疆"].title == "越南人民军副总参谋长"


def test_japanese_names_after_an_office() -> None:
    assert "筒井义信" in people("日本经济团体联合会会长筒井义信表示,日本企业看好越南。")
    assert "志位和夫" in people("日本共产党委员长志位和夫会见了越南客人。")  # 和 inside the given name
    assert "岸田" in people("日本首相岸田和越南总理范明政举行会谈。")  # a bare surname before 和 stays


def test_dot_name_keeps_a_final_du() -> None:
    assert "巴妮·雅陶都" in people("泰国国会副主席巴妮·雅陶都出席了开幕式。")
    assert "巴妮·雅陶都" in people("泰国国会副主席巴妮·雅陶都率团访问越南。")
    got = people("总理阿努廷·参威拉恭和主席巴妮·雅陶都表示支持。")  # 都 = "both"
    assert "巴妮·雅陶" in got and "巴妮·雅陶都" not in got


def test_no_name_reads_across_a_comma_before_an_office() -> None:
    got = people("3月9日,应约,越共中央总书记苏林与新西兰总理拉克森通电话。")
    assert "苏林" in got and not any("," in n or "，" in n for n in got)


def test_mongolian_names_without_a_dot_keep_their_ri() -> None:
    """呼日勒苏赫, 奥云额尔登: five transliteration characters (呼 and 额 were missing from the
    table), so the name is read whole; 日 inside it is no date (no digit before it)."""
    doc = extract(
        "越南加强对外合作\n\n越通社河内——2024年8月10日,越南国家主席苏林会见了蒙古国总统呼日勒苏赫"
        "和蒙古国总理奥云额尔登。(越通社——VNA)\n越通社\n"
    )
    people = {m.name: m for m in doc.mentions if m.kind == "person"}
    assert people["呼日勒苏赫"].country == "MNG" and people["奥云额尔登"].title == "蒙古国总理"


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("越南外交部副部长黎氏秋姮会见了德国外交部国务秘书托比亚斯·林德纳。", "托比亚斯·林德纳", "DEU"),
        ("越南外交部长裴青山会见了梵蒂冈国务秘书帕罗林。", "帕罗林", "VAT"),
    ],
)
def test_a_state_secretary_is_an_office(sentence: str, name: str, country: str) -> None:
    """国务秘书 (Staatssekretär; the Holy See's Secretary of State) is an office: the name after
    it is a person of the country before it, not the country alone."""
    doc = extract(f"越南加强对外合作\n\n越通社河内——2024年5月6日,{sentence}(越通社——VNA)\n越通社\n")
    person = next(m for m in doc.mentions if m.kind == "person" and m.name == name)
    assert person.country == country and person.title is not None and person.title.endswith("国务秘书")


@pytest.mark.parametrize("before", ["越南政府总理范明政会见了", "越南政府总理范明政会见了泰国副总理普坦·威乍耶差、"])
def test_two_dot_names_joined_by_he_are_two_people(before: str) -> None:
    """``巴妮·雅陶和阿努廷·参威拉恭`` with no office between: 和 followed by another dot name
    ends the first name, and the second is read on from there."""
    doc = extract(f"越南加强对外合作\n\n越通社河内——2024年5月17日,{before}巴妮·雅陶和阿努廷·参威拉恭。(越通社——VNA)\n越通社\n")
    people = {m.name for m in doc.mentions if m.kind == "person"}
    assert {"巴妮·雅陶", "阿努廷·参威拉恭"} <= people
    assert not any("和" in n for n in people)


def test_a_spanish_name_is_later_written_with_the_paternal_surname_alone() -> None:
    body = (
        "5月4日,越南外交部长会见了古巴外交部长布鲁诺·罗德里格斯·帕里利亚(Bruno Rodríguez Parrilla)。"
        "同日,罗德里格斯还拜会了越南国家主席。"
    )
    doc = parse_page(page(body))
    annotate_actors(doc)
    bare = [m for m in doc.mentions if m.kind == "person" and doc.text[m.span.start : m.span.end] == "罗德里格斯"]
    assert bare and all(m.name == "布鲁诺·罗德里格斯·帕里利亚" and m.country == "CUB" for m in bare)


def test_name_ends_before_a_meeting_noun() -> None:
    """会面, 会谈 and 见面 end a name as 会见 does: 苏杰生会面时 holds the name 苏杰生."""
    got = people("2024年7月26日,在同印度外交部长苏杰生会面时,越南外交部长裴青山表示欢迎。")
    assert "苏杰生" in got and got["苏杰生"].country == "IND"


def test_mongolian_dot_name_keeps_its_last_segment() -> None:
    """额 is a transliteration character of Mongolian names: 奥云额尔登 is not cut at 奥云."""
    got = people("2024年10月1日,越南国家主席苏林会见了蒙古国政府总理卢布桑那木斯莱·奥云额尔登。")
    assert "卢布桑那木斯莱·奥云额尔登" in got


@pytest.mark.parametrize(
    ("office", "name", "country"),
    [
        ("埃及总统", "塞西", "EGY"),  # 埃及 ends in 及, a stop word elsewhere
        ("蒙古国大呼拉尔主席", "阿玛尔巴雅斯嘎楞", "MNG"),  # the State Great Khural; 楞 transliterates
        ("新西兰议会议长", "杰里·布朗利", "NZL"),
        ("圣多美和普林西比总统", "卡洛斯·维拉·诺瓦", "STP"),  # 和 inside a country's name
    ],
)
def test_offices_of_more_countries_and_legislatures(office: str, name: str, country: str) -> None:
    doc = extract(f"越南加强对外合作\n\n越通社河内——2024年5月6日,越南国家主席苏林会见了{office}{name}。(越通社——VNA)\n越通社\n")
    person = next(m for m in doc.mentions if m.kind == "person" and m.name == name)
    assert person.country == country and person.title == office


def test_the_end_of_a_country_name_is_no_person() -> None:
    doc = extract("越南加强对外合作\n\n越通社河内——2024年5月6日,苏林会见了特立尼达和多巴哥总理罗利。(越通社——VNA)\n越通社\n")
    assert {m.name for m in doc.mentions if m.kind == "person"} == {"苏林", "罗利"}


def test_a_consort_named_after_the_emperor_is_a_second_person_with_her_own_title() -> None:
    doc = extract("越南加强对外合作\n\n越通社河内——2024年12月4日,日本天皇德仁和皇后雅子在皇宫会见了陈青敏。(越通社——VNA)\n越通社\n")
    people = {m.name: m for m in doc.mentions if m.kind == "person"}
    assert people["雅子"].title == "皇后" and people["雅子"].country == "JPN"


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        ("农业与农村发展部副部长阮黄协接收了这批物资。", "阮黄协", "VNM"),  # 接收 ends a name
        ("阮明武会见了来访的美国国务院负责东亚和太平洋事务的助理国务卿康达。", "康达", "USA"),
        ("范平明与联合国秘书长古特雷斯举行会谈。", "古特雷斯", None),  # an IGO's office: no side
    ],
)
def test_country_of_a_person_from_the_phrase_before_the_office(body: str, name: str, country: str | None) -> None:
    doc = extract(f"越南加强对外合作\n\n越通社河内——2024年5月6日,{body}(越通社——VNA)\n越通社\n")
    person = next(m for m in doc.mentions if m.kind == "person" and m.name == name)
    assert person.country == country


def test_transliterated_name_congratulated_on_taking_office_is_a_person() -> None:
    got = people("5月29日,越南国家主席武文赏致电祝贺埃尔多安连任土耳其总统。", fallback=False)
    assert "埃尔多安" in got


def test_congratulation_on_an_election_names_no_person_when_a_body_follows() -> None:
    got = people("越南外交部致电祝贺尼泊尔当选联合国人权理事会成员。", fallback=False)
    assert "尼泊尔" not in got


def test_a_japanese_given_name_may_end_in_he() -> None:
    got = people("5月2日,范明政总理在东京会见了日本经济团体联合会会长十仓雅和。")
    assert "十仓雅和" in got and got["十仓雅和"].country == "JPN"


@pytest.mark.parametrize(
    ("office", "name", "country"),
    [
        ("韩国外交部长官", "赵兑烈", "KOR"),  # 长官: the Korean minister's title, not part of the name
        ("朝鲜外务相", "崔善姬", "PRK"),
        ("泰国副总理兼外长", "玛里·桑吉披塔", "THA"),  # the second office is not the dot name's start
        ("文莱苏丹", "哈桑纳尔·博尔基亚", "BRN"),  # Brunei's Sultan, not Sudan
        ("东盟秘书长", "高金洪", None),  # an IGO's officer: no side, whatever his surname
    ],
)
def test_more_offices_and_sides(office: str, name: str, country: str | None) -> None:
    doc = extract(f"越南加强对外合作\n\n越通社河内——2024年5月6日,越南国家主席苏林会见了{office}{name}。(越通社——VNA)\n越通社\n")
    person = next(m for m in doc.mentions if m.kind == "person" and m.name == name)
    assert person.country == country and person.title == office


def test_a_transliterated_name_may_hold_xie() -> None:
    """歇 writes French syllables (``拉尔歇``, ``米歇尔``); without it the name lost its last one."""
    assert "热拉尔·拉尔歇" in people("10月7日,苏林在巴黎会见了法国参议院议长热拉尔·拉尔歇。")


def test_junior_short_form_in_the_title_names_the_full_name_of_the_body() -> None:
    """小 (Jr.) before the surname alone, in a title and later, is the 小费迪南德·马科斯 of the body."""
    doc = parse_page(
        "菲律宾总统小马科斯对越南进行国事访问\n\n越通社河内——菲律宾共和国总统小费迪南德·马科斯(Ferdinand Marcos Jr.)"
        "于1月29日至30日对越南进行国事访问。同日,小马科斯拜会了越共中央总书记阮富仲。(越通社——VNA)\n越通社\n"
    )
    annotate_actors(doc)
    names = {m.name for m in doc.mentions if m.kind == "person"}
    assert names == {"小费迪南德·马科斯", "阮富仲"}
    assert all(m.latin == "Ferdinand Marcos Jr." for m in doc.mentions if m.name == "小费迪南德·马科斯")


def test_a_verb_of_remembering_ends_the_office_chain_before_a_name() -> None:
    got = people("武文赏表示,越南人民始终铭记日本天皇明仁对越南进行的国事访问。")
    assert got["明仁"].title == "日本天皇"
    assert got["明仁"].country == "JPN"


def test_japans_crown_prince_and_princess_are_two_people() -> None:
    got = people("9月21日,日本皇嗣秋篠宫文仁亲王和皇嗣妃纪子会见了越南政府总理范明政。")
    assert got["秋篠宫文仁"].country == "JPN"
    assert got["纪子"].title == "皇嗣妃" and got["纪子"].country == "JPN"


def test_a_host_named_right_before_the_banquet_verb_is_read() -> None:
    got = people("当晚,越南国家主席武文赏设宴欢迎老挝国家主席通伦。")
    assert got["武文赏"].title == "越南国家主席"


@pytest.mark.parametrize(
    "body",
    [
        "国家主席黎明德日前致电庇护十三世,祝贺他当选罗马天主教教皇。",
        "国家主席黎明德致电祝贺庇护十三世当选罗马天主教教皇。",
    ],
)
def test_regnal_name_with_no_office_before_it_is_a_person(body: str) -> None:
    """A pope's or monarch's name (a given name and a regnal number) addressed by a message."""
    got = people(body)
    assert "庇护十三世" in got
    assert not [n for n in got if n.startswith("祝贺") or n == "罗马"]


def test_regnal_name_after_an_office_keeps_its_number() -> None:
    got = people("国家主席黎明德日前致电约旦国王阿卜杜拉二世,就约旦发生洪灾表示慰问。")
    assert "阿卜杜拉二世" in got
    assert got["阿卜杜拉二世"].title == "约旦国王"


def test_vietnamese_given_name_may_end_in_tuan_group_char() -> None:
    """``阮国团`` (Nguyễn Quốc Đoàn): 团 ends a Vietnamese given name after an office, while a
    delegation after a name stays a delegation."""
    got = people("3月5日,谅山省委书记阮国团会见了中国客人。")
    assert got["阮国团"].title == "谅山省委书记" and got["阮国团"].country == "VNM"
    got = people("3月5日,越南政府副总理陈红河率越南代表团访问老挝。")
    assert "陈红河" in got and not any(name.endswith("团") for name in got)


def test_jointly_after_a_short_name_is_not_part_of_it() -> None:
    text = (
        "越南领导人致电祝贺\n\n越通社河内——9月1日,越共中央总书记苏林和国家主席梁强联名致电朝鲜劳动党总书记、"
        "国务委员长金正恩,祝贺朝鲜建国76周年。(越通社——VNA)\n越通社\n"
    )
    ev = next(e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT")
    assert [p["name"] for p in ev["source"]] == ["苏林", "梁强"]


def test_ruler_of_an_emirate_is_an_office_but_not_inside_the_country_name() -> None:
    text = (
        "越南加强对外合作\n\n越通社迪拜——2023年12月2日,越南政府总理范明政在迪拜与阿联酋副总统兼总理、迪拜酋长"
        "穆罕默德·本·拉希德·阿勒马克图姆举行会谈,并会见了阿拉伯联合酋长国外交部长阿卜杜拉·本·扎耶德。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    targets = [(p["name"], p["title"], p["country"]) for e in evs for p in e["target"]]
    assert ("穆罕默德·本·拉希德·阿勒马克图姆", "迪拜酋长", "ARE") in targets
    assert [n for n, _t, _c in targets] == ["穆罕默德·本·拉希德·阿勒马克图姆", "阿卜杜拉·本·扎耶德"]


def test_leaving_and_ending_words_end_a_name() -> None:
    text = (
        "越南加强对外合作\n\n越通社河内——2024年5月9日下午,越南国家副主席武氏映春离开布宜诺斯艾利斯,"
        "此前,国会副主席阮德海结束了在阿根廷的工作日程。(越通社——VNA)\n越通社\n"
    )
    doc = parse_page(text)
    annotate_actors(doc)
    found = {m.name for m in doc.mentions}
    assert {"武氏映春", "阮德海"} <= found, found
def test_a_given_name_that_is_a_place_is_a_name_before_a_partner_in_talks() -> None:
    """``副部长阮玉林同…举行会谈``: 玉林 is a Chinese city, but after an office and before the partner
    of the talks (同/与 … 举行会谈) the words are a name."""
    got = people("4月10日,越南公安部副部长阮玉林同老挝公安部副部长通赛举行会谈。")
    assert "阮玉林" in got and got["阮玉林"].title == "越南公安部副部长"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("10月5日,阮文胜同日本驻越南大使伊藤直树举行工作会谈。", "阮文胜"),
        ("会谈后,黎明兴在河内会见了老挝驻越南大使森沙瓦·蓬马哈赛。", "黎明兴"),
        ("当天,范光荣致电泰国外长表示祝贺。", "范光荣"),
    ],
)
def test_a_bare_name_opening_a_clause_before_a_meeting_verb_is_a_person(body: str, name: str) -> None:
    """The office may be told elsewhere or nowhere: the clause's subject before 会见/同…举行会谈 is a name."""
    assert name in people(body)


def test_a_building_or_a_word_before_a_meeting_verb_is_not_a_bare_name() -> None:
    got = people("10月5日,国家宫会见厅里,双方同意加强合作。代表团在河内会见了侨胞。")
    assert not any(n in got for n in ("国家宫", "双方", "代表团"))


def test_a_meeting_whose_host_is_named_bare_is_an_event() -> None:
    events = [
        e for e in to_record(extract(page("10月5日,阮文胜同日本驻越南大使伊藤直树举行工作会谈。")))["events"]
        if e["section"] == "main"
    ]
    assert events and {p["name"] for e in events for p in e["source"] + e["target"]} >= {"阮文胜", "伊藤直树"}
def test_a_jica_chief_representative_with_a_japanese_family_name_is_read_whole() -> None:
    from dyad import extract, to_record

    text = "越日加强合作\n\n越通社河内——2024年9月12日,日本国际协力机构(JICA)驻越南首席代表菅野祐一与越南财政部副部长签署了贷款协议。(越通社——VNA)\n越通社\n"
    ev = next(e for e in to_record(extract(text))["events"] if e["type"] == "AGREE")
    assert [p["name"] for p in ev["source"]] == ["菅野祐一"]


def test_a_two_character_word_before_a_meeting_verb_is_not_a_bare_name() -> None:
    got = people("10月5日,海警同日本驻越南大使伊藤直树举行工作会谈。当天,欧方会见了老挝客人。")
    assert "海警" not in got and "欧方" not in got


def test_a_korean_given_name_holding_zai_is_read_whole_after_an_office() -> None:
    """在 ends a name (苏林在河内), except inside a whole Korean name before a boundary."""
    got = people("韩国三星集团会长李在镕表示,将扩大对越投资。")
    assert "李在镕" in got and got["李在镕"].country == "KOR"
    assert not any(n.startswith("李在") for n in people("越南外交部部长李在河内会见了老挝客人。"))


def test_japanese_state_ministers_of_the_covid_years_are_read_whole() -> None:
    """``鹫尾英一郎``, ``宇都隆史``: family names of Japan's foreign-affairs state ministers of 2020-2021."""
    got = people("7月2日,阮国勇同日本外务副大臣鹫尾英一郎举行视频会议。次日,他会见日本外务副大臣宇都隆史。")
    assert {"鹫尾英一郎", "宇都隆史"} <= set(got)
    assert all(got[n].country == "JPN" for n in ("鹫尾英一郎", "宇都隆史"))


def test_a_name_read_at_the_head_of_a_listed_body_is_the_body() -> None:
    """``韩越友好议员小组主席``: 韩越 is no person (surname 韩), the listed friendship group is the actor."""
    doc = parse_page(page("访问期间,韩越友好议员小组主席前来拜会越南客人。随后,客人看望了旅韩越南人代表。"))
    annotate_actors(doc)
    assert not [m for m in doc.mentions if m.kind == "person" and m.name == "韩越"]
    orgs = [m for m in doc.mentions if m.kind == "organisation" and m.name == "韩越友好议员小组"]
    assert orgs and orgs[0].country == "KOR"
def test_a_name_ends_before_xie_bringing_a_spouse() -> None:
    """``越南国家主席武文赏携夫人率团…``: 携 (bringing along) ends the name like 率 does."""
    got = people("应邀请,越南国家主席武文赏携夫人率越南高级代表团于3月1日至3日对泰国进行国事访问。")
    assert "武文赏" in got and not any("携" in n for n in got), list(got)


def test_the_faithful_after_tianzhujiao_are_no_person() -> None:
    """``向天主教信众致以问候``: the 主教 inside 天主教 is no bishop's title, 信众 no name after it."""
    got = people("12月24日,河内市委书记向全市天主教信众和教友致以圣诞节问候。")
    assert "信众" not in got and "教友" not in got, list(got)


def test_a_name_ends_before_kaishi_in_a_title() -> None:
    """``柬埔寨首相洪森开始对越南进行正式访问``: 开始 (and 启程) end a two-character name."""
    ps = people("柬埔寨首相洪森开始对越南进行正式访问。老挝总理宋赛启程对越南进行正式访问。")
    assert "洪森" in ps and "洪森开始" not in ps, ps
    assert "宋赛" in ps and "宋赛启程" not in ps, ps


def test_a_name_ends_before_yaoqing_without_de() -> None:
    """``应…委员长栗战书邀请``: 邀请 (and 之邀) right after the name end it, with no 的 between."""
    ps = people("应全国人大常委会委员长栗战书邀请,越南国会主席阮氏金银对中国进行正式访问。")
    assert "栗战书" in ps, ps


@pytest.mark.parametrize("rank", ["大校", "上校", "中校", "少校"])
def test_a_colonels_rank_after_the_name_ends_it(rank: str) -> None:
    """``会见了中国驻越大使馆国防武官潘涛大校``: a colonel's rank ends the name as a general's does."""
    got = people(f"3月2日,越南国防部副部长阮志咏会见了中国驻越大使馆国防武官潘涛{rank}。")
    assert got["潘涛"].country == "CHN"


def test_a_body_that_mobilises_others_is_named_without_the_verb() -> None:
    # "X动员各组织向Y捐赠": 动员 is the body's verb, not part of its name (运动员协会 keeps its 动员)
    text = "越南加强对外合作\n\n越通社河内——2021年6月2日,越南红十字会动员全国各组织、个人向老挝人民捐赠价值5万美元的物资。(越通社——VNA)\n"
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert [p["name"] for p in aid[0]["source"]] == ["越南红十字会"]
    text = "越南加强对外合作\n\n越通社河内——2021年6月2日,越南运动员协会向老挝人民捐赠价值5万美元的物资。(越通社——VNA)\n"
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert [p["name"] for p in aid[0]["source"]] == ["越南运动员协会"]


def test_a_committee_named_by_fields_joined_with_dun_keeps_the_foreign_body_country() -> None:
    """``老挝国会经济、财政委员会主席X``: the 、 joins the committee's fields, not two offices;
    the foreign parliament before it still names whose committee it is."""
    got = people("5月3日,越南国会副主席黎文明与老挝国会经济、财政及预算委员会主席苏亚拉举行会谈。")
    assert got["苏亚拉"].country == "LAO"
    assert got["黎文明"].country == "VNM"


def test_an_office_written_once_is_listed_once_on_the_actor() -> None:
    doc = parse_page(page("5月2日,越南政府总理陈光明会见客人。陈光明表示欢迎。陈光明强调合作。"))
    annotate_actors(doc)
    actor = next(a for a in doc.actors if a.name == "陈光明")
    assert [o.title for o in actor.offices] == ["越南政府总理", "越南政府总理"]  # the lead and the body
    assert len({(o.span.start, o.title) for o in actor.offices}) == len(actor.offices)


def test_a_party_leader_in_a_parliamentary_system_takes_the_country_before_it() -> None:
    got = people("3月9日,越南政府总理陈光明会见了澳大利亚反对党工党领袖甲乙·丙丁。")
    m = got["甲乙·丙丁"]
    assert (m.title, m.country, m.offices[-1].kind) == ("澳大利亚反对党工党领袖", "AUS", "party_leader")


def test_an_honorific_after_a_name_is_not_part_of_it() -> None:
    # 苏林 is a known office-holder: the lexicon finds him bare, the pattern after 向 with 同志
    doc = parse_page(page("值此之际,多国领导人向苏林同志致电致函表示祝贺。"))
    annotate_actors(doc)
    assert {m.name for m in doc.mentions if m.kind == "person"} == {"苏林"}


def test_a_verb_before_a_body_or_an_office_is_not_part_of_it() -> None:
    doc = parse_page(page("为了展开落实河内市委常务委员会所批准的对外计划,河内市代表团访问波兰。"))
    annotate_actors(doc)
    assert "河内市委常务委员会" in {m.name for m in doc.mentions if m.kind == "organisation"}
    got = people("5月2日,双方同意落实好越共中央总书记陈光明与老挝领导人达成的共识。")
    assert got["陈光明"].title == "越共中央总书记"


def test_a_name_ends_before_fu_going_somewhere() -> None:
    got = people("9月2日,越南国家主席陈光明赴华出席纪念活动。")
    assert "陈光明" in got and got["陈光明"].country == "VNM"
    assert "陈光明赴华" not in got


def test_a_name_ends_before_shi_closing_a_meeting_frame() -> None:
    got = people("5月3日,越南国家主席陈光明在会见大阪府知事山田太郎时表示,两国关系良好。")
    assert "山田太郎" in got and "山田太郎时" not in got
    got = people("会见老挝外长沙伦赛时,陈光明说,两国关系良好。")
    assert "沙伦赛" in got and got["沙伦赛"].country == "LAO"


def test_an_en_dash_inside_a_given_name_joins_it_as_a_hyphen() -> None:
    got = people("1月25日,河内市人民委员会副主席陈光明与法国国务秘书让–皮埃尔·杜邦举行会谈。")
    assert "让–皮埃尔·杜邦" in got and got["让–皮埃尔·杜邦"].country == "FRA"


def test_an_act_after_a_bare_title_is_no_bracketed_name() -> None:
    got = people("3月26日,陈光明总书记访问巴黎大区(Ile-de-France)的一座城市。")
    assert not [n for n in got if n.startswith("访问")], got


def test_a_body_visited_after_zoufang_does_not_take_the_verb() -> None:
    doc = parse_page(page("2024年3月5日,越南驻日本大使陈光明参观农场;走访千叶科学大学,会见该校领导。"))
    annotate_actors(doc)
    orgs = {m.name for m in doc.mentions if m.kind == "organisation"}
    assert "千叶科学大学" in orgs and "走访千叶科学大学" not in orgs, orgs


def test_an_office_of_that_prefecture_takes_the_country_of_the_place_named_before() -> None:
    got = people("3月5日,越南驻日本大使陈光明访问日本大阪府,并会见了该府知事山田太郎。")
    assert got["山田太郎"].country == "JPN"
