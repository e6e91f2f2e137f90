"""A witnessed signing, then its signers (A和B代表两国政府签署上述文件): one signing."""

from __future__ import annotations

from dyad import extract, to_record
from test_events import events_of, names


def test_signers_of_the_above_documents_do_not_sign_again() -> None:
    evs = events_of(
        "2018年8月9日,越南政府总理阮春福与老挝政府总理通伦·西苏里举行会谈。会谈结束后,两国总理出席了三份合作文件的签署仪式。"
        "越南外交部长范平明和老挝外交部长沙伦赛·贡玛西代表两国政府签署上述文件。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1
    assert "范平明" not in names(signs[0]["source"])


def test_a_signing_told_alone_stays() -> None:
    evs = events_of(
        "2018年8月9日,越南外交部长范平明和老挝外交部长沙伦赛·贡玛西在河内签署了两国外交部2018—2020年合作计划。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1


def test_a_memorandum_just_signed_named_again_is_no_new_signing() -> None:
    """``刚签署的…备忘录将有助于…``: what the signing told before will bring, not another signing."""
    evs = events_of(
        "5月4日,越南岘港市人民委员会主席黎光南与日本大阪府知事吉村洋文签署友好合作备忘录。"
        "黎光南强调,刚签署的岘港市与大阪府之间的友好合作备忘录将有助于双方扩大合作。"
    )
    assert len([e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]) == 1


def test_co_chairing_a_signing_ceremony_is_the_signing_not_a_meeting() -> None:
    """``A和B共同主持签署仪式``: one signing; the ceremony is no separate meeting. Neither is a
    background summary of delegations sent (``已派遣多个代表团赴X学习``) a visit."""
    evs = events_of(
        "越南广宁省与老挝琅南塔省合作备忘录签署仪式6月9日在广宁省举行。广宁省人民委员会主席阮青山和琅南塔省省长坎平共同主持签署仪式。"
        "此外,琅南塔省已派遣多个代表团赴广宁省学习借鉴经验。"
    )
    assert {(e["type"], e["mode"]) for e in evs} == {("AGREE", "sign")}, evs


def test_a_speech_at_the_signing_ceremony_is_no_new_signing() -> None:
    """``X在签署仪式上表示``: the ceremony frames what X said; the signing is told before."""
    evs = events_of(
        "3月8日,新西兰驻越南大使馆举行了小型项目援助计划签署仪式,向越南北部5个省的8个项目提供援助。"
        "新西兰驻越南大使温蒂·马修斯在签署仪式上表示,这些项目将改善当地学生的学习条件。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1, signs


def test_a_title_signing_dated_by_the_dateline_is_the_body_signing() -> None:
    """No lead: the title's only day is the dateline's (the day filed), the body signs a day before."""
    text = (
        "广南省与日本冈山市签署合作备忘录\n\n"
        "越通社广南省4月12日——4月11日在广南省,广南省人民委员会主席黎智清同日本冈山市市长大森雅夫共同签署了合作备忘录。"
        "据备忘录,双方将扩大在经贸、旅游等领域的合作。仅在2015年,日本对该省新增投资项目3个。(越通社-VNA)\n越通社\n"
    )
    signs = [e for e in to_record(extract(text))["events"] if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1, signs
    assert names(signs[0]["source"]) == ["黎智清"]


def test_a_title_signing_by_countries_takes_the_body_signers_in_their_order() -> None:
    """``越柬签署…贷款合同`` in the title, ``柬埔寨政府代表同越南某银行代表签署了…`` in the text."""
    text = (
        "越柬签署公路建设贷款合同\n\n"
        "越通社金边——5月8日在金边,柬埔寨政府代表同越南投资与发展银行代表签署了贷款合同。(越通社-VNA)\n越通社\n"
    )
    signs = [e for e in to_record(extract(text))["events"] if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1, signs
    assert names(signs[0]["source"]) == ["柬埔寨政府"] and names(signs[0]["target"]) == ["越南投资与发展银行"]
