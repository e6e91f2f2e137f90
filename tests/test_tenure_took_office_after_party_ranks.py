"""An office taken, written after party ranks (当选为越共中央政治局委员、越南国家主席; 就任越共中央政治局
委员、国会主席之后的首次出访), is read past those ranks: the term it starts dates a year-less day."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("ranks", ["", "越共中央政治局委员、", "越共中央委员、越共中央政治局委员、"])
def test_office_taken_after_party_ranks_dates_the_meeting(ranks: str) -> None:
    text = (
        "越南国家主席会见某国大使\n\n"
        "越通社河内——6月13日上午,苏林在河内会见了某国驻越南大使约翰·多伊。"
        f"约翰·多伊大使祝贺苏林当选为{ranks}越南国家主席,表示愿继续推动两国关系发展。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] == "2024-06-13", evs
