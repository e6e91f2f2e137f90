"""A background visit told inside what a speaker is glad of (``A对…B于2022年对X进行历史性访问,
C于2023年对Y进行的访问等感到高兴``) is the traveller's: the one named right before ``于…对…进行``,
even with an epithet (历史性) or 的 before 访问, never the speaker."""

from __future__ import annotations

from test_events import visits_of

_visits = visits_of


def test_the_speaker_glad_of_two_past_visits_made_neither() -> None:
    page = (
        "标题新闻\n\n越通社河内——5月3日,越南国会主席王廷惠在河内会见了老挝客人。\n\n"
        "王廷惠对近年来两国关系稳步发展,特别是越共中央总书记阮富仲于2021年对老挝进行历史性访问,"
        "老挝国家主席通伦于2022年对越南进行的访问等感到高兴。\n\n(越通社-VNA)\n\n越通社\n"
    )
    visits = _visits(page)
    assert (["阮富仲"], ["老挝"]) in visits, visits
    assert (["通伦"], ["越南"]) in visits, visits
    assert not any("王廷惠" in s for s, _t in visits), visits
