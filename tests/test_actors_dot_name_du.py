"""都 inside a transliterated name's last segment, versus the adverb "all". Sentences written for
these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _actors(body: str) -> list[str]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text)).get("actors", [])]


def test_du_inside_a_segment_with_more_name_after_it_stays_in_the_name() -> None:
    assert "颂奇·乍都西比达" in _actors("同日,越南外交部长范平明在河内会见了泰国副总理颂奇·乍都西比达(SomkidJatusripitak)。")
    assert "颂奇·乍都西比达" in _actors("同日,越南外交部长范平明在河内会见了泰国副总理颂奇·乍都西比达。")


def test_adverb_du_after_two_joined_names_is_not_part_of_a_name() -> None:
    names = _actors("泰国总理巴育·占奥差和老挝总理通伦·西苏里都表示支持。")
    assert "通伦·西苏里" in names
    assert not any("都" in n for n in names)


def test_final_du_before_its_latin_form_ends_the_name_even_after_a_conjunction() -> None:
    names = _actors(
        "2024年5月3日,越南国会主席王廷惠拜会了老挝国家主席通伦·西苏里(Thongloun Sisoulith)"
        "和会见了老挝国会主席巴妮·雅陶都(Pany Yathotu)。"
    )
    assert "巴妮·雅陶都" in names
    assert "巴妮·雅陶" not in names
