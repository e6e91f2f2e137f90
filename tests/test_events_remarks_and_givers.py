"""Trigger words that name an act without reporting it (remarks on a signing, a clause that dates
the next act, aid in a document's title or a description), a headline gift told again in the body,
and the giver named after 由. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_remark_on_a_signing_is_no_second_signing() -> None:
    evs = events_of(
        "2024年3月5日,越南工贸部部长阮鸿延与新加坡贸工部长颜金勇在河内签署了两国数字经济合作协议。"
        "阮鸿延表示,该协议的签署是两国经贸合作的新起点。"
    )
    ev = only(evs, "AGREE", "sign")
    assert names(ev["source"]) == ["阮鸿延"]


def test_welcoming_a_signing_is_no_signing() -> None:
    evs = events_of("2024年3月6日,越南政府总理范明政会见了颜金勇。范明政对两国签署数字经济合作协议表示欢迎。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_clause_dating_the_next_signing_is_not_a_signing_of_its_own() -> None:
    evs = events_of(
        "2024年6月11日,日本驻越南大使伊藤直树与越南计划投资部副部长陈维东签署了换文。"
        "根据换文,日本政府将向越南政府提供5亿日元的无偿援助。"
        "换文签署后,日本国际协力机构驻越南首席代表菅野祐一(Sugano Yuichi)与陈维东签署了赠款协议。"
    )
    signings = [e for e in evs if e["type"] == "AGREE"]
    assert [names(e["source"]) for e in signings] == [["伊藤直树"], ["菅野祐一"]], signings


def test_aid_named_in_the_title_of_a_signed_document_is_no_gift() -> None:
    evs = events_of("2024年8月2日,德国驻越南大使与越南财政部副部长在河内签署了德国政府向越南提供技术援助的协定。")
    assert not [e for e in evs if e["type"] == "AID"], evs
    only(evs, "AGREE", "sign")


def test_what_a_programme_is_is_no_gift() -> None:
    evs = events_of("2024年9月3日,越南教育部副部长出席研讨会。他表示,该计划是韩国政府对越南山区教育领域提供援助的主要渠道。")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_a_headline_gift_told_again_in_the_body_is_one_gift() -> None:
    evs = events_of(
        "2024年6月11日,日本驻越南大使与越南计划投资部副部长签署了换文。根据换文,日本政府将向越南政府提供5亿日元的无偿援助。",
        title="日本向越南提供5亿日元无偿援助",
    )
    ev = only(evs, "AID")
    assert ev["mode"] == "pledge"
    assert names(ev["source"]) == ["日本政府"]


def test_a_funder_named_after_by_is_the_giver() -> None:
    evs = events_of("2024年5月10日,越南安沛省一所学校落成。该校是山区最大的寄宿学校,由韩国政府通过韩国国际协力团提供无偿援助。")
    ev = only(evs, "AID")
    assert names(ev["source"]) == ["韩国政府"]


def test_an_agency_handing_over_a_built_project_gives_aid() -> None:
    evs = events_of("2024年4月2日,韩国国际协力团(KOICA)向河静省移交了越韩友好职业培训中心项目。")
    ev = only(evs, "AID")
    assert names(ev["source"]) == ["韩国国际协力团"]
    assert names(ev["target"]) == ["河静省"]


def test_a_headline_handover_by_a_country_is_the_envoys_handover_in_the_body() -> None:
    evs = events_of(
        "2024年4月3日,日本驻越南大使伊藤直树向广治省人民委员会主席武文兴移交了医疗设备。",
        title="日本向广治省移交医疗设备",
    )
    ev = only(evs, "AID")
    assert names(ev["source"]) == ["伊藤直树"]


def test_aid_singled_out_after_thanks_without_a_sum_is_no_gift() -> None:
    evs = events_of(
        "2024年3月5日,柬埔寨首相洪玛奈会见了越南外交部长。"
        "洪玛奈感谢越南长期以来给予柬埔寨的支持和帮助,特别是在抗洪救灾中及时提供的救援物资。"
    )
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_aid_singled_out_after_thanks_with_a_sum_stays() -> None:
    evs = events_of(
        "2024年3月5日,柬埔寨首相洪玛奈会见了越南外交部长。"
        "洪玛奈感谢越南给予柬埔寨的帮助,特别是向柬埔寨提供的10万美元救灾援助。"
    )
    assert [e for e in evs if e["type"] == "AID"], evs


def test_aid_named_in_exchanged_letters_is_no_gift_of_its_own() -> None:
    """``签署了关于A向B提供…贷款的交换信函``: the loan names the letters signed; the signing is the event."""
    evs = events_of(
        "4月2日在河内,越南政府代表与韩国政府代表签署了关于韩国政府向越南政府提供第三批官方发展援助贷款的交换信函。"
    )
    assert [(e["type"], e["mode"]) for e in evs] == [("AGREE", "sign")]
