"""A wish verb (希望, 期待, 期望, 盼望) before a dot-joined foreign name is no part of it, though 希
and 望 also spell foreign names. Sentences and names invented for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _names(body: str) -> list[str]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text)).get("actors", [])]


def test_wish_verb_is_cut_from_the_name() -> None:
    names = _names("潘文安强调,越南重视两国关系,表示希望巴图·额尔敦今年11月对越南进行的访问将取得圆满成功。")
    assert "巴图·额尔敦" in names
    assert not any("希望" in n for n in names)


def test_expect_verb_is_cut_from_the_name() -> None:
    names = _names("潘文安表示期待巴图·额尔敦今年11月对越南进行访问。")
    assert "巴图·额尔敦" in names
    assert not any("期待" in n for n in names)
