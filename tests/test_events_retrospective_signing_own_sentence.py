"""A signing summed up in a sentence that opens on 近年来 (``近年来,两国…等领域签署了合作文件``) and
gives no time nor sum is undated background, left out like one told after such a paragraph; a dated
signing keeps its event."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南与安哥拉加强合作\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_signing_summed_up_since_recent_years_is_background() -> None:
    evs = _events("越南驻安哥拉大使接受了记者采访。近年来,两国交往密切,在农业、教育等领域签署了合作文件。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_dated_signing_stays() -> None:
    evs = _events("越南驻安哥拉大使接受了记者采访。近年来,两国交往密切,2021年3月两国外交部签署了合作协议。")
    assert [e for e in evs if e["type"] == "AGREE"], evs


def test_a_signing_after_a_stretch_of_years_and_its_latest_part_is_background() -> None:
    """``40年尤其是近10年来,两国签署了…``: the years counted frame the sentence; they are no time
    of the signing, which is undated background. Sentences written for the test."""
    evs = _events(
        "越南驻安哥拉大使接受了记者采访。大使指出,40年尤其是近10年来,越南与安哥拉签署了农业合作协定,"
        "两国在各领域全面合作。"
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_signing_dated_after_such_a_frame_stays() -> None:
    evs = _events("越南驻安哥拉大使接受了记者采访。大使指出,40年尤其是近10年来,两国于2019年5月签署了农业合作协定。")
    assert [e for e in evs if e["type"] == "AGREE"], evs
