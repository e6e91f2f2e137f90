"""A chamber's name glossed in brackets by its kind (白俄罗斯共和国院(参议院)主席, 代表院(众议院)主席) is
part of the office: the title keeps the whole of it and the head is of the chamber's country (the
second, named without the country, by the list it stands in). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_glossed_chambers_keep_their_offices() -> None:
    rec = to_record(
        extract(
            "会见\n\n越通社明斯克——5月12日,越共中央总书记阮文甲在明斯克分别会见了白俄罗斯共和国院(参议院)主席"
            "娜塔莉亚·科娃(Natalya Kova)、代表院(众议院)主席伊戈尔·谢尔(Igor Sher)。(越通社-VNA)\n"
        )
    )
    met = {p["name"]: (p["title"], p["country"]) for e in rec["events"] for p in e["target"]}
    assert met == {
        "娜塔莉亚·科娃": ("白俄罗斯共和国院(参议院)主席", "BLR"),
        "伊戈尔·谢尔": ("代表院(众议院)主席", "BLR"),
    }, met
