"""Calls cited rather than reported, thanks for past sympathy, and who asked for a call the title hides."""

from __future__ import annotations

from test_events import events_of, names, only, teaser_events


def test_the_consensus_of_an_undated_past_call_is_no_call() -> None:
    evs = events_of(
        "2022年9月19日,越南政府总理范明政与中国国务院总理李克强通电话。两位总理谈到了两国关系的意义;并表示,"
        "将继续落实越共中央总书记阮富仲与中共中央总书记、国家主席习近平通话时所达成的重要共识。"
    )
    ev = only(evs, "CONSULT", "phone")
    assert names(ev["source"]) == ["范明政"] and names(ev["target"]) == ["李克强"]


def test_thanks_for_past_sympathy_is_no_new_message() -> None:
    evs = events_of(
        "2020年4月2日,越南政府总理阮春福同中国国务院总理李克强通电话。李克强向阮春福通报了中国防疫工作的成效;"
        "感谢越方在疫情之初向中方致以慰问。"
    )
    assert [e["type"] for e in evs] == ["CONSULT"]


def test_the_lead_that_says_who_asked_for_the_call_sets_its_direction_over_the_title() -> None:
    evs = events_of(
        "越南政府总理阮春福于2020年4月2日在政府驻地应约同中国国务院总理李克强通电话。",
        title="越南政府总理阮春福与中国国务院总理李克强通电话",
    )
    ev = only(evs, "CONSULT", "phone")
    assert names(ev["source"]) == ["李克强"] and names(ev["target"]) == ["阮春福"]


def test_calls_with_two_leaders_of_two_countries_are_two_calls() -> None:
    evs = events_of(
        "3月26日下午,越南政府总理阮春福分别与老挝总理通伦·西苏里和柬埔寨首相洪森通电话。",
        title="越南政府总理阮春福与老挝总理通伦·西苏里和柬埔寨首相洪森通电话",
    )
    calls = [e for e in evs if e["mode"] == "phone"]
    assert [names(e["target"]) for e in calls] == [["通伦·西苏里"], ["洪森"]]


def test_a_three_sided_call_stays_one_call() -> None:
    evs = events_of("3月26日下午,越南政府总理阮春福与老挝总理通伦·西苏里和柬埔寨首相洪森举行三方通话。")
    ev = only(evs, "CONSULT", "phone")
    assert names(ev["target"]) == ["通伦·西苏里", "洪森"]


def test_a_meeting_told_with_huo_is_from_the_one_received() -> None:
    evs = events_of("2月15日,越通社社长阮德利在东京获日本首相安倍晋三接见。")
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["阮德利"] and names(ev["target"]) == ["安倍晋三"]


def test_visits_counted_without_a_date_are_no_visit() -> None:
    evs = events_of("2月15日,日本首相安倍晋三在东京会见阮德利。安倍晋三表示,他以首相身份对越南进行四次访问了。")
    assert not [e for e in evs if e["mode"] == "visit"]


def test_an_envoy_to_viet_nam_in_a_teaser_title_calls_on_the_host() -> None:
    evs = teaser_events("越南国家主席梁强会见新加坡驻越大使", "越南政府总理范明政会见美国驻越大使马克·纳珀")
    assert [(names(e["source"]), names(e["target"])) for e in evs] == [
        (["新加坡"], ["梁强"]),
        (["马克·纳珀"], ["范明政"]),
    ]


def test_countries_listed_before_a_shared_ministry_are_one_call_each() -> None:
    """``分别与美国、日本和新西兰外交部领导通电话``: the body written once after the list is each
    listed country's own; one call with each, named with the country as written and the body."""
    evs = events_of("2024年3月5日,越南外交部副部长黎怀忠分别与美国、日本、韩国和新西兰外交部领导通电话。")
    calls = [e for e in evs if e["mode"] == "phone"]
    got = {(e["target"][0]["name"], e["target"][0]["country"]) for e in calls}
    assert got == {("美国外交部", "USA"), ("日本外交部", "JPN"), ("韩国外交部", "KOR"), ("新西兰外交部", "NZL")}, calls
    assert len(calls) == 4, calls
    assert all(names(e["source"]) == ["黎怀忠"] for e in calls), calls


def test_one_body_after_a_person_list_is_not_spread() -> None:
    """Two people each named, and a three-sided call, are left to the rules for people."""
    evs = events_of("2024年3月5日,越南外交部长裴青山与老挝外长沙伦赛·贡马西、柬埔寨外交部举行三方通电话。")
    assert not any(e["target"] and e["target"][0]["name"] == "老挝外交部" for e in evs), evs


def test_offices_of_several_countries_met_one_by_one_are_one_meeting_each() -> None:
    """``分别会见了A国议会议长、B国国会主席和C国国会副主席等``: no one is named; each office listed is
    met, named as written, the one who meets the source."""
    evs = events_of(
        "越南国会主席王廷惠于2024年6月3日至6日出席在日内瓦举行的第六届世界议长大会。"
        "会议期间,王廷惠还分别会见了中国全国人大常委会副委员长、日本国会众议院议长和古巴国会副主席等。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    got = {(e["target"][0]["name"], e["target"][0]["country"]) for e in meetings}
    assert got == {("中国全国人大常委会副委员长", "CHN"), ("日本国会众议院议长", "JPN"), ("古巴国会副主席", "CUB")}, evs
    assert all(names(e["source"]) == ["王廷惠"] for e in meetings), meetings



def test_a_forum_at_home_does_not_turn_unplaced_office_meetings_round() -> None:
    """The arrival home (``抵达河内…圆满结束…之行``) places the forum at home; offices met in a
    sentence that names no place are not thereby guests at home: the one who met them stays the source."""
    from dyad import extract, to_record

    body = (
        "越通社特派记者报道,9月11日上午,越南国会主席王廷惠一行已抵达河内内排机场,圆满结束访问瑞士和出席"
        "第六届世界议长大会之行。\n\n王廷惠还分别会见了中国全国人大常委会副委员长、日本国会众议院议长和古巴国会副主席等。"
    )
    text = f"越南国会主席圆满结束出席第六届世界议长大会之行\n\n{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 3 and all(names(e["source"]) == ["王廷惠"] for e in meetings), meetings


def test_named_leaders_listed_with_commas_are_one_call_each() -> None:
    """``分别与A国总理X、B国首相Y和C国总理Z通电话``: one call with each (a guard: already so)."""
    evs = events_of(
        "2024年3月5日,越南政府总理范明政分别与老挝总理宋赛·西潘敦、柬埔寨首相洪玛奈和泰国总理赛塔·他威信通电话。"
    )
    calls = [e for e in evs if e["mode"] == "phone"]
    assert sorted(names(e["target"])[0] for e in calls) == sorted(["宋赛·西潘敦", "洪玛奈", "赛塔·他威信"]), calls
    assert all(names(e["source"]) == ["范明政"] for e in calls), calls


def test_a_departing_envoy_named_by_the_whole_phrase_calls_on_the_host() -> None:
    """``会见即将离任的挪威驻越南大使`` (a teaser title, no name): the envoy is still the caller."""
    evs = teaser_events("越南国家主席陈甲会见即将离任的挪威驻越南大使")
    assert [e["source"][0]["country"] for e in evs] == ["NOR"], evs
    assert [names(e["target"]) for e in evs] == [["陈甲"]], evs
