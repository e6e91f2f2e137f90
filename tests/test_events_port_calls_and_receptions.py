"""Port-call outings of a crew, embassy receptions on anniversary pages, listed names ending in 都."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_crew_touring_a_centre_is_no_visit() -> None:
    evs = main_events(
        "美国海军舰艇访问金兰国际港",
        "美国海军第七舰队司令卡尔·托马斯中将率领的舰艇编队于4月10日至13日对庆和省进行友好访问。"
        "访问期间,美国海军官兵走访了庆和省儿童福利中心,并同当地青年开展交流活动。",
    )
    assert not any("福利中心" in "".join(names(e["target"])) for e in evs), evs


def test_second_embassy_reception_on_an_anniversary_page_is_support() -> None:
    evs = main_events(
        "越南驻泰国大使馆举行越泰建交45周年招待会",
        "8月6日晚,越南驻泰国特命全权大使潘志成在曼谷举行招待会,庆祝越泰建交45周年。"
        "同日,泰国驻越南特命全权大使尼功·巴莫(NikornPramoj)在河内举行招待会,越南国家副主席武氏映春出席。",
    )
    hosted = [e for e in evs if "武氏映春" in names(e["target"])]
    assert hosted and hosted[0]["type"] == "SUPPORT", evs


def test_reception_on_a_page_with_no_anniversary_stays_a_meeting() -> None:
    evs = main_events(
        "泰国驻越南大使会见越南国家副主席",
        "8月6日晚,泰国驻越南特命全权大使尼功·巴莫(NikornPramoj)在河内举行招待会,越南国家副主席武氏映春出席。",
    )
    hosted = [e for e in evs if "武氏映春" in names(e["target"])]
    assert all(e["type"] == "CONSULT" for e in hosted), evs


def test_listed_dot_name_ending_in_du_is_kept_after_paired_senders() -> None:
    evs = main_events(
        "越老两国领导人互致贺电",
        "7月18日,越南政府总理阮春福同老挝政府总理通伦·西苏里、越南国会主席阮氏金银同老挝国会主席巴妮·雅陶都"
        "分别互致贺电,祝贺两国条约签署40周年。",
    )
    assert any("巴妮·雅陶都" in names(e["target"]) for e in evs), evs


def test_malaysian_king_muhammad_v_is_named_in_a_message_teaser() -> None:
    text = "越南加强对外合作\n\n越通社河内——2017年9月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
    text += "越南国家主席致电祝贺马来西亚国庆\n8月31日,越南国家主席陈大光致电马来西亚最高元首穆罕默德五世,祝贺马来西亚独立60周年。\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert any(names(e["target"]) == ["穆罕默德五世"] for e in evs), evs


def test_crew_of_a_listed_navy_touring_is_no_visit() -> None:
    evs = main_events(
        "新加坡海军舰艇访问胡志明市",
        "新加坡共和国海军第三舰队司令黄国强上校率领的舰艇编队于9月2日至5日对胡志明市进行友好访问。"
        "访问期间,新加坡海军官兵参观了胡志明市孤儿院。",
    )
    assert not any("孤儿院" in "".join(names(e["target"])) for e in evs), evs


def test_headline_navy_visit_is_the_commanders_visit() -> None:
    evs = main_events(
        "印度尼西亚海军舰艇编队访问金兰湾",
        "印度尼西亚海军第二舰队司令埃里希·苏普里亚迪(ErichSupriadi)少将率领的舰艇编队于11月7日至10日"
        "对金兰国际港进行友好访问。",
    )
    visits = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "visit"]
    assert len(visits) == 1 and names(visits[0]["source"]) == ["埃里希·苏普里亚迪"], evs


def test_naval_region_command_is_named_whole() -> None:
    evs = main_events(
        "法国海军护卫舰访问岘港",
        "4月2日,法国海军“葡月”号护卫舰舰长让-马克·布雷(Jean-MarcBourret)上校拜会了越南人民海军第三区司令部。",
    )
    assert any(names(e["target"]) == ["越南人民海军第三区司令部"] for e in evs), evs


def test_a_province_whose_name_holds_he_is_no_connective() -> None:
    """``庆和省外事厅…表示,印度海军两艘军舰将…访问金兰国际港``: the 和 of 庆和 (Khánh Hòa) joins
    no partner to the speaker; the ships' navy is the visitor."""
    evs = main_events(
        "印度海军军舰访问金兰港", "越南庆和省外事厅负责人5月2日表示,印度海军两艘军舰于5月3日至6日访问金兰国际港。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and all([p["country"] for p in e["source"]] == ["IND"] for e in visits), visits
