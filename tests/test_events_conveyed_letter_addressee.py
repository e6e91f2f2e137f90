"""A letter of sympathy conveyed (``A向B转达了X的慰问电``) is a message from the one conveying it to
the one addressed after 向; X, the writer named after the verb, is not the addressee, and the
addressee's name ends before 转达. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def test_conveyed_sympathy_letter_goes_to_the_one_addressed() -> None:
    page = (
        "泰国国王致慰问电\n\n越通社河内——5月3日,泰国副总理颂汶向越南国家主席黎光明转达了"
        "泰国国王拉玛的慰问电。(完)\n"
    )
    rec = to_record(extract(page.encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "main"]
    assert ev["mode"] == "message"
    assert [a["name"] for a in ev["source"]] == ["颂汶"]
    assert [a["name"] for a in ev["target"]] == ["黎光明"]
