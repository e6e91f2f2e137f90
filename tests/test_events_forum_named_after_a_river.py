"""Real-page audit (h54): ``在出席湄公河—澜沧江合作第四次外长会期间,A同B举行会谈``: the river in
the forum's name is not where the talks were held (湄公河—澜沧江合作 is the Lancang-Mekong
Cooperation, written either way round)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("forum", ["湄公河—澜沧江合作第三次外长会", "澜沧江—湄公河合作外长会", "湄公河-澜沧江合作外长会"])
def test_river_in_forum_name_is_no_location(forum: str) -> None:
    rec = to_record(
        extract(f"两国外长举行会谈\n\n越通社河内——在出席{forum}期间,越南外交部长黎文平同中国外交部长王毅举行会谈。\n")
    )
    talks = [e for e in rec["events"] if e["mode"] == "talks"]
    assert talks and all(e["location"] != "湄公河" for e in talks), talks
