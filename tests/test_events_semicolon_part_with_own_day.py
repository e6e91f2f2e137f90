"""A part after a semicolon that opens with its own time (``;同日,A还会见了C``) tells an act of its
own: 同日 there is a time, not 同 ("with") before a partner, and a request word in the part before
(``A请求B继续提供援助;同日,A会见了C``) does not make the meeting a wish."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    page = f"越南与澳大利亚加强合作\n\n越通社堪培拉——{body}\n\n双方同意加强合作。\n\n越通社\n"
    return to_record(extract(page))["events"]


def _meetings(body: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in _events(body)
        if e["mode"] in {"meeting", "talks"}
    ]


def test_second_meeting_after_semicolon_and_same_day() -> None:
    met = _meetings("7月2日,越南国会副主席陈光芳会见了澳大利亚众议长米尔顿·迪克;同日,陈光芳还会见了澳大利亚总理阿尔巴尼斯。")
    assert (["陈光芳"], ["米尔顿·迪克"]) in met, met
    assert (["陈光芳"], ["阿尔巴尼斯"]) in met, met


def test_meeting_after_a_request_in_the_part_before() -> None:
    met = _meetings("7月2日,越南国会副主席陈光芳请求澳大利亚继续提供援助;同日,陈光芳会见了澳大利亚总理阿尔巴尼斯。")
    assert met == [(["陈光芳"], ["阿尔巴尼斯"])], met


def test_with_japan_after_a_semicolon_is_still_a_partner() -> None:
    met = _meetings("7月2日,越南国会副主席陈光芳会见了澳大利亚众议长米尔顿·迪克;同日本驻澳大使山田一郎举行会谈。")
    assert (["陈光芳"], ["山田一郎"]) in met, met
