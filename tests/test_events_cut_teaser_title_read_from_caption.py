"""An excerpt that ends inside the last teaser's title (no summary after it) leaves the photo
caption above the title as the only telling of the story: where the cut title yields no event,
the caption's meeting is the teaser's headline. A title that tells its event keeps it."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

BODY = "测试标题\n\n越通社河内——5月3日,越南副总理黎明在河内会见老挝大使坎葆。(越通社——VNA)\n\n越通社\n\n更多\n\n"


def related(tail: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(BODY + tail))["events"] if e["section"] == "related"]


def test_cut_title_takes_the_caption_meeting() -> None:
    evs = related(
        "越南国家主席的特使、越南外交部长陈文南12日在首尔会见了韩国总统金大山。图自越通社\n\n越南国家主席特使会见韩"
    )
    assert len(evs) == 1, evs
    e = evs[0]
    assert (e["type"], e["mode"]) == ("CONSULT", "meeting"), e
    assert "陈文南" in [p["name"] for p in e["source"]], e
    assert [p["name"] for p in e["target"]] == ["金大山"], e


def test_complete_title_keeps_its_own_event() -> None:
    evs = related("范文安会见老挝总理坎平。图自越通社\n\n峰会期间:越南政府总理范文安会见多国领导")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["target"]] == ["多国领导"], evs
