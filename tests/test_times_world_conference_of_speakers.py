"""The World Conferences of Speakers of Parliament (``第N次世界议长大会``) are numbered meetings of
``recurring_meetings.tsv``: the one named dates a year-less day told with it, ahead of an older
meeting the page only recalls."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国会副主席会见某国议长\n\n"
    "越通社河内——赴奥地利出席第五次世界议长大会的越南国会副主席黎文甲9月7日会见了新西兰议长"
    "约翰·史密斯(John Smith)。\n\n"
    "双方回顾了在河内举行的各国议会联盟第132届大会的成果。(越通社——VNA)\n"
)


def test_fifth_conference_of_speakers_dates_the_meeting() -> None:
    events = to_record(extract(PAGE))["events"]
    met = [e for e in events if e["mode"] == "meeting"]
    assert met, events
    assert met[0]["date"] == "2021-09-07", met


def test_sixth_conference_of_speakers_dates_the_attendance() -> None:
    page = (
        "越南国会主席出席世界议长大会\n\n"
        "越通社日内瓦——7月29日,越南国会主席陈乙丙出席在日内瓦举行的第六届世界议长大会。(越通社——VNA)\n"
    )
    events = to_record(extract(page))["events"]
    attended = [e for e in events if e["mode"] == "multilateral"]
    assert attended, events
    assert attended[0]["date"] == "2025-07-29", attended
