"""双方 after a welcome (A主持仪式欢迎B…,随后双方举行了会谈) are the host and the guest of that
sentence, even when the guest's side has no country and another leader met him just before."""

from __future__ import annotations

from test_events import events_of, names


def test_talks_after_a_welcome_pair_the_host_and_the_guest() -> None:
    evs = events_of(
        "2026年3月5日,欧盟委员会主席玛丽亚·罗西应越南国家主席梁强的邀请对越南进行正式访问。"
        "越共中央总书记苏林会见了欧盟委员会主席玛丽亚·罗西。"
        "越南国家主席梁强主持仪式欢迎欧盟委员会主席玛丽亚·罗西一行访越,随后双方举行了会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert names(talks[0]["source"]) == ["玛丽亚·罗西"] and names(talks[0]["target"]) == ["梁强"], evs


def test_joint_statement_after_separate_calls_is_the_host_and_the_guest() -> None:
    evs = events_of(
        "2023年3月5日至6日,新西兰总理彼得·格林应越南国家主席武文赏的邀请对越南进行正式访问。"
        "越南国家主席武文赏主持仪式欢迎新西兰总理彼得·格林一行访越,随后双方举行了会谈。"
        "此外,政府总理范明政、国会主席王廷惠也分别会见了新西兰总理彼得·格林。"
        "趁此机会,双方发表了关于将两国关系提升为全面战略伙伴关系的联合声明。"
    )
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert len(agree) == 1, evs
    assert sorted(names(agree[0]["source"]) + names(agree[0]["target"])) == sorted(["武文赏", "彼得·格林"]), evs
