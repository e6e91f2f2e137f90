"""A photo's alt text printed alone (``<title> ảnh 1``, nothing after the label) with the photo's
caption on the next line is one photo with one caption, not two captions. A label line with no
caption under it is left as it was. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def _page(under_label: str) -> str:
    return (
        "越南国家主席访问冰岛\n\n"
        "越南国家主席陈明山于6月2日至4日对冰岛进行国事访问。\n"
        f"越南国家主席访问冰岛 ảnh 1\n{under_label}\n\n"
        "越通社雷克雅未克——越南国家主席陈明山于6月2日至4日对冰岛进行国事访问。\n\n"
        "双方同意加强渔业合作。(越通社—VNA)\n"
    )


def test_bare_label_with_caption_below_is_one_caption() -> None:
    rec = to_record(extract(_page(" 陈明山抵达雷克雅未克机场(图片来源:越通社)")))
    assert rec["captions"] == ["陈明山抵达雷克雅未克机场(图片来源:越通社)"], rec["captions"]


def test_two_labelled_captions_stay_two() -> None:
    text = _page("越南国家主席访问冰岛 ảnh 2陈明山参观渔港。图自越通社")
    rec = to_record(extract(text))
    assert len(rec["captions"]) == 2, rec["captions"]


def test_caption_written_before_its_label_stays_a_caption() -> None:
    # "<caption>。ảnh 1" then the caption again with its credit: two caption lines, as printed
    text = _page("陈明山抵达雷克雅未克机场。图自越通社").replace(
        "越南国家主席访问冰岛 ảnh 1\n", "陈明山抵达雷克雅未克机场。ảnh 1\n"
    )
    rec = to_record(extract(text))
    assert len(rec["captions"]) == 2, rec["captions"]
