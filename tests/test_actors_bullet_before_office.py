"""A news-brief page lists its items each after a bullet ``·``; the bullet opening a line is no part
of the office chain of the person named right after it (``·某国副总理X已同…``), while a ``·``
inside a body's name (between two characters) stays where it is."""

from __future__ import annotations

from dyad import extract, to_record


def _titles(body: str) -> dict[str, str | None]:
    page = f"测试简讯2021.5.6\n\n越通社河内——{body}(越通社——VNA)\n"
    got: dict[str, str | None] = {}
    for e in to_record(extract(page))["events"]:
        for p in e["source"] + e["target"]:
            got[p["name"]] = p["title"]
    return got


def test_a_bullet_at_a_lines_start_is_not_in_the_title() -> None:
    body = (
        "越南国会举行会议。\n\n"
        "·越南政府副总理兼外交部部长黎明海5月6日已同泰国外长巴通·西里就双边合作问题举行电话会谈。\n\n"
        "·老挝驻越南大使宋西哈5月6日向越南红十字会赠送1000只口罩。"
    )
    got = _titles(body)
    assert got["黎明海"] == "越南政府副总理兼外交部部长", got
    assert got["宋西哈"] == "老挝驻越南大使", got
