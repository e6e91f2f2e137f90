"""A trip framing a clause (``A总理访问C期间,B与A举行会谈``) makes A the visitor, so the source of
the talks held with the host named first, though no sentence reports the visit itself."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(body: str) -> list[dict]:
    page = f"越南与挪威加强合作\n\n越通社奥斯陆——{body}\n\n双方同意加强合作。\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "talks"]


def test_host_named_first_after_a_trip_frame() -> None:
    evs = _talks("挪威媒体报道,黎文安总理访问挪威期间,挪威首相塔瓦坎·莫索与黎文安总理就两国关系举行会谈。")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["黎文安"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["塔瓦坎·莫索"], evs


def test_host_with_office_after_the_name() -> None:
    evs = _talks("越南政府总理黎文安对挪威进行正式访问期间,塔瓦坎·莫索首相与黎文安总理举行会谈。")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["黎文安"], evs
