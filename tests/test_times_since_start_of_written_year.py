"""``2019年初以来,两国高层保持频繁接触``: counting from the start of a year written out is the
stretch of the page's own year so far (a year before would be told as 去年初以来), so a day told
without its year (``6月3日``) falls in that year even when the office-holders' terms allow more."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"两国外长举行会谈\n\n越通社河内——{body}(越通社-VNA)\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]


def test_day_takes_the_year_counted_from() -> None:
    body = (
        "越南外交部长裴青山6月3日在河内与到访的中国国务委员、外交部长王毅举行会谈。"
        "双方一致认为,2022年初以来,两国高层领导人保持频繁接触。"
    )
    assert _dates(body) and all(d == "2022-06-03" for d in _dates(body))


def test_since_a_year_without_its_start_fixes_no_year() -> None:
    body = (
        "越南外交部长裴青山6月3日在河内与到访的中国国务委员、外交部长王毅举行会谈。"
        "双方一致认为,2021年以来,两国高层领导人保持频繁接触。"
    )
    assert _dates(body) == [None]  # the two ministers' terms share 2021 and 2022: no year
