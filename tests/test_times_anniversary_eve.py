"""An anniversary told as its eve (``建立战略伙伴关系10周年(2014-2024年)前夕``) is still ahead and may fall
in the next year: a year the section's own figures give (``2023年前9个月``) dates the story first; the
eve's year stays the answer when nothing else tells one."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(body: str) -> list[dict]:
    text = f"越南总理同马来西亚总理举行会谈\n\n越通社吉隆坡——{body}(越通社-VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]


def test_eve_of_anniversary_yields_to_year_to_date_figures() -> None:
    body = (
        "10月20日,越南政府总理陈明在吉隆坡同马来西亚总理黎文强举行会谈。\n\n"
        "陈明表示,此次访问恰逢两国建立战略伙伴关系10周年(2014-2024年)前夕。"
        "2023年前9个月,两国贸易额达100亿美元。"
    )
    evs = _talks(body)
    assert evs and evs[0]["date"] == "2023-10-20", evs


def test_eve_of_anniversary_alone_still_dates_the_story() -> None:
    body = (
        "10月20日,越南政府总理陈明在吉隆坡同马来西亚总理黎文强举行会谈。\n\n"
        "陈明表示,此次访问恰逢两国建立战略伙伴关系10周年(2014-2024年)前夕。"
    )
    evs = _talks(body)
    assert evs and evs[0]["date"] == "2024-10-20", evs
