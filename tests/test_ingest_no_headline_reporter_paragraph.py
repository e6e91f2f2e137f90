"""A dump that lost its headline and opens on a reporter's dateline and a long paragraph of
clauses ending a sentence (据越通社驻X记者报道,…。) has no title: that line is the body's first
paragraph. A short headline line stays the title."""

from __future__ import annotations

from dyad import extract, to_record


def test_reporter_paragraph_first_is_no_title() -> None:
    text = (
        "据越通社驻新德里记者报道,印度《快报》和《印度时报》等多家媒体5月3日和4日报道,越南国家主席阮明光将于5月10日至12日"
        "对印度进行国事访问,并认为,此访将有助于进一步密切双方关系。\n\n"
        "印度外交部的新闻公报表示,阮明光访问印度期间,印度总理拉姆·辛格与阮明光举行会谈。(越通社-VNA)\n"
    )
    rec = to_record(extract(text))
    assert not rec["title"], rec["title"]
    assert rec["body"][0].startswith("据越通社驻新德里记者报道"), rec["body"][:1]


def test_short_headline_stays_the_title() -> None:
    text = (
        "越南国家主席将对印度进行国事访问\n\n"
        "据越通社驻新德里记者报道,印度多家媒体5月3日报道,越南国家主席阮明光将于5月10日至12日对印度进行国事访问,"
        "并认为,此访将有助于进一步密切双方关系。(越通社-VNA)\n"
    )
    rec = to_record(extract(text))
    assert rec["title"] == "越南国家主席将对印度进行国事访问", rec["title"]
