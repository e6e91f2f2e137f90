"""A dated past visit told with the success it brought, written with a bare 访问 after 进行的
(2017年,X对越南进行的访问取得成功), is that background visit, as 正式访问取得成功 already was; with no
year the same words stay background no one dates, and no event. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "智利总统访越有助于推动两国关系\n\n越通社河内——应越南政府总理的邀请,智利总统罗杰·班达将于5月20日至21日"
    "对越南进行正式访问。\n\n{past}智利总统卡洛斯·门多萨(Carlos Mendoza)对越南进行的访问取得成功。(越通社-VNA)\n"
)


def _visitors(text: str) -> list[str]:
    return sorted(
        e["source"][0]["name"]
        for e in to_record(extract(text))["events"]
        if e["section"] == "main" and e["mode"] == "visit" and e["source"]
    )


def test_dated_past_visit_with_bare_visit_word() -> None:
    assert _visitors(_PAGE.format(past="2017年,")) == ["卡洛斯·门多萨", "罗杰·班达"]


def test_undated_past_visit_stays_out() -> None:
    assert _visitors(_PAGE.format(past="此前,")) == ["罗杰·班达"]
