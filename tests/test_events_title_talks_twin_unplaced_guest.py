"""``A与智利外长举行会谈`` in the headline and ``A在圣地亚哥与X举行了会谈`` in the body, X named without
an office (so of no known country): one talks event, the body's."""

from __future__ import annotations

from dyad import extract, to_record


def test_headline_talks_with_an_unnamed_office_merge_into_the_body_talks() -> None:
    body = "5月2日,越南工贸部长陈俊英在智利首都圣地亚哥与阿尔贝托·范克拉韦伦(Alberto van Klaveren)举行了会谈。"
    text = f"越南工贸部长陈俊英与智利外长举行会谈\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    talks = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert len(talks) == 1, talks
    assert [p["name"] for p in talks[0]["target"]] == ["阿尔贝托·范克拉韦伦"], talks


def test_headline_talks_stay_when_the_body_names_a_known_other_country() -> None:
    body = "5月2日,越南工贸部长陈俊英在河内与老挝工贸部长马莱通·贡马西举行了会谈。"
    text = f"越南工贸部长陈俊英与智利外长举行会谈\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    talks = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert len(talks) == 2, talks
