"""A story told from home that opens on a trip abroad happens in the country visited, also when
the frame tells the trip's days first (``自5月6日至8日对X进行国事访问期间,``) or is the bare
``访问X期间,``: the dateline city is not where the meetings were."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "frame",
    [
        "越通社特派记者报道, 自5月6日至8日对秘鲁进行国事访问期间, ",
        "从11月2日至5日对秘鲁进行正式访问期间,",
        "越通社特派记者报道,访问秘鲁期间,当地时间5月7日,",
    ],
)
def test_dated_or_bare_trip_frame_moves_the_place(frame: str) -> None:
    text = (
        "阮文甲呼吁加强合作\n\n越通社河内——"
        f"{frame}越南国家主席阮文甲会见秘鲁国会主席罗伯托·加西(Roberto Gacy)。\n\n"
        "阮文甲建议双方加强合作。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert len(evs) == 1
    assert evs[0]["location"] == "秘鲁"


def test_trip_to_home_country_keeps_the_dateline() -> None:
    text = (
        "秘鲁总统访问越南\n\n越通社河内——访问越南期间,5月7日,秘鲁国会主席罗伯托·加西(Roberto Gacy)"
        "会见越南国家主席阮文甲。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and evs[0]["location"] == "河内"


def test_bare_trip_frame_places_a_call_at_a_headquarters() -> None:
    text = (
        "阮文乙走访非洲联盟总部\n\n越通社河内——越通社特派记者报道,访问埃塞俄比亚期间,当地时间6月3日,"
        "越南国会主席阮文乙走访非洲联盟总部并会见非洲联盟委员会主席阿卜杜·马纳(Abdu Mana)。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs and all(e["location"] == "埃塞俄比亚" for e in evs)
