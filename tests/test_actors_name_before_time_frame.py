"""``会见越南国会主席X之后…``: a time frame (之后, 之前, 之际, 期间, 前夕) told right after a name ends it,
so the person met is named, not only the body of the office."""

from __future__ import annotations

from typing import Any

import pytest

from dyad import extract, to_record


def events_of(body: str) -> list[dict[str, Any]]:
    text = f"智利总统访问越南\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "meeting"]


@pytest.mark.parametrize("frame", ["之后", "之前"])
def test_person_met_named_before_a_time_frame(frame: str) -> None:
    evs = events_of(f"2023年9月13日,智利总统马丁·罗哈斯会见越南国会主席陈国鸿{frame}离开河内。")
    assert [[p["name"] for p in e["target"]] for e in evs] == [["陈国鸿"]]
    assert evs[0]["source"][0]["name"] == "马丁·罗哈斯"
