"""Aid handed over after a meeting goes to the side the sentence names after 向: the ones just met
when it says 向他们/向代表团, the country named again (``会见古巴驻越南大使,并向古巴人民转交…``);
a donor described (``X仍是越南最大援助国,向越南…提供援助``) gives nothing told."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(sentence: str, day: str = "5月3日,") -> list[tuple[list[str], list[str]]]:
    page = f"标题新闻\n\n越通社河内——{day}{sentence}\n\n(越通社-VNA)\n\n越通社\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["type"] == "AID"
    ]


def test_aid_to_the_delegation_just_met() -> None:
    assert _aid("柬埔寨副首相孙占托会见了越南红十字会代表团,并向代表团赠送了5万美元。") == [
        (["孙占托"], ["越南红十字会"])
    ]


def test_aid_to_the_person_just_met() -> None:
    assert _aid("韩国驻越南大使崔英森会见了广平省人民委员会主席陈胜,并向他移交了价值3万美元的医疗设备。") == [
        (["崔英森"], ["陈胜"])
    ]


def test_help_to_one_s_own_citizens_is_no_event() -> None:
    # consular help: the people met, after 的, are the embassy's own nationals
    assert _aid("越南驻马来西亚大使馆参赞黎文平看望了在马来西亚遇险的越南船员,并向他们提供了必要的帮助。") == []


def test_the_country_named_again_after_xiang_is_given_to() -> None:
    assert _aid("越南国家主席梁强会见了老挝驻越南大使,并向老挝人民转交了2000吨大米。") == [(["梁强"], ["老挝"])]


def test_a_donor_described_gives_nothing_told() -> None:
    told = "5月3日,越南外交部副部长会见韩国驻越南大使崔英森。截至目前,韩国仍是越南第二大援助国,向越南交通、医疗等领域提供援助。"
    assert _aid(told, day="") == []
