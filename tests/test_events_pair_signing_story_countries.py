"""A signing told with a pair word (双方签署…) in a main article that names no two people of two
countries before it (an interview about a visit, one side's people only) is the story's two
countries' signing, not dropped for want of named sides."""

from __future__ import annotations

from dyad import extract, to_record


def _main(title: str, body: str) -> list[dict]:
    page = f"{title}\n\n越通社河内——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def _signings(evs: list[dict]) -> list[dict]:
    return [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]


def test_pair_word_signing_in_a_visit_interview_is_the_two_countries() -> None:
    evs = _main(
        "越南外交部长访问智利取得丰硕成果",
        "越南政府副总理、外交部长陈文安从3月2日至4日对智利进行正式访问。"
        "越南外交部美洲司司长黄明德就此访成果接受记者采访。\n\n"
        "此访取得重要成果。其二,在经济领域,双方签署《农业合作协议》和《旅游合作备忘录》,为两国合作奠定基础。",
    )
    signings = _signings(evs)
    assert len(signings) == 1, evs
    assert [p["country"] for p in signings[0]["source"]] == ["VNM"], signings
    assert [p["country"] for p in signings[0]["target"]] == ["CHL"], signings


def test_pair_word_signing_after_two_named_people_stays_theirs() -> None:
    evs = _main(
        "越南与智利外长举行会谈",
        "越南政府副总理、外交部长陈文安3月2日在河内同智利外交部长罗伯托·佩雷斯举行会谈。"
        "会谈后,双方签署了《农业合作协议》。",
    )
    signings = _signings(evs)
    assert len(signings) == 1, evs
    names = {p["name"] for p in signings[0]["source"] + signings[0]["target"]}
    assert names == {"陈文安", "罗伯托·佩雷斯"}, signings


def test_pair_word_signing_after_two_bodies_is_theirs() -> None:
    evs = _main(
        "越南广宁省与中国广西加强合作",
        "越南广宁省代表团3月5日在南宁同广西壮族自治区代表团举行工作会谈。会谈结束后,双方签署了2031年合作备忘录。",
    )
    signings = _signings(evs)
    assert len(signings) == 1, evs
    assert "广宁省" in signings[0]["source"][0]["name"], signings
    assert "广西壮族自治区" in signings[0]["target"][0]["name"], signings
