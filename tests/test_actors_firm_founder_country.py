"""A firm's founder (``某国某集团创始人、某智库理事长X``) holds an office: the chain reaches the
country written before the firm. A firm's leader who also holds its party post
(``某集团党委书记、董事长X``) is not taken for a Vietnamese official by the reading of a surname
shared by several countries: a firm the tables do not know may be any country's."""

from __future__ import annotations

from dyad import extract, to_record


def _people(text: str) -> dict[str, dict]:
    evs = to_record(extract(text))["events"]
    return {m["name"]: m for e in evs for m in e["source"] + e["target"]}


def test_founder_reaches_the_country_before_the_firm() -> None:
    text = (
        "越南政府总理会见中国企业领导人\n\n越通社北京——6月3日上午,越南政府总理阮文甲在北京会见了中国部分集团的领导人。"
        "\n\n阮文甲总理已会见中国长江建设集团创始人、某某智库理事长王大和及该集团其他领导人。"
        "(越通社——VNA)\n越通社\n"
    )
    people = _people(text)
    assert people["王大和"]["country"] == "CHN"
    assert people["阮文甲"]["country"] == "VNM"


def test_firm_party_secretary_and_chairman_is_not_read_as_vietnamese() -> None:
    text = (
        "越南国会主席会见企业领导\n\n越通社上海——5月3日下午,越南国会主席陈文甲在上海市会见了多家企业领导人。"
        "\n\n在会见天华集团党委书记、董事长李天明及高层领导时,陈文甲对天华集团扩大投资表示欢迎。"
        "(越通社——VNA)\n越通社\n"
    )
    people = _people(text)
    assert "李天明" in people
    assert people["李天明"]["country"] != "VNM"
