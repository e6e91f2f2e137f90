"""A guest from abroad who speaks of his own trip to Viet Nam (``X希望通过此次访越能借鉴…``) is a
visitor though no sentence reports his visit: he is the source of his meeting with the host. A
Vietnamese host speaking of the guest's trip is none. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(paragraphs: list[str]) -> list[dict[str, Any]]:
    body = "\n\n".join(paragraphs)
    text = f"两国防务合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_guest_speaking_of_his_trip_to_viet_nam_is_the_source() -> None:
    evs = _main(
        [
            "9月12日,越南国防部副部长陈文山会见泰国国防部副部长颂猜。",
            "颂猜希望通过此次访越能借鉴越南在国防工业领域的经验。",
        ]
    )
    (meeting,) = [e for e in evs if e["mode"] == "meeting"]
    assert _names(meeting["source"]) == ["颂猜"]
    assert _names(meeting["target"]) == ["陈文山"]


def test_host_speaking_of_the_trip_stays_the_host() -> None:
    evs = _main(
        [
            "9月12日,越南国防部副部长陈文山会见泰国国防部副部长颂猜。",
            "陈文山表示,此次访越具有重要意义。",
        ]
    )
    (meeting,) = [e for e in evs if e["mode"] == "meeting"]
    assert _names(meeting["source"]) == ["陈文山"]
