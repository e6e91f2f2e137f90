"""A title whose topic label tells a visit (``国家主席X访华:越通社记者专访…研究员Y``) visits the
country the short form names: the people and bodies after the colon (the agency, the one
interviewed) are not the visited side, and the label's visit is the body's visit."""

from __future__ import annotations

from dyad import extract, to_record


def test_topic_label_visit_is_to_the_short_form_country() -> None:
    text = (
        "国家主席黎明光访华:越通社记者专访中国社会科学院研究员王立新\n\n"
        "越通社北京——5月11日,越南国家主席黎明光启程前往中国进行国事访问。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [([p["name"] for p in v["source"]], [p["country"] for p in v["target"]]) for v in visits] == [
        (["黎明光"], ["CHN"])
    ]
