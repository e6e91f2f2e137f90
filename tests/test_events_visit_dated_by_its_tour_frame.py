"""A visit told as one leg of a dated tour (``在于…进行的…之旅框架内对X进行正式访问``) takes the
tour's days: the frame is no aside whose dates belong to something else."""

from __future__ import annotations

from tests.test_events import events_of, only


def test_visit_in_a_dated_tour_frame_takes_the_tour_days() -> None:
    evs = events_of(
        "应波兰总理马雷克·科瓦尔(Marek Kowal)邀请,越南政府总理黎文安在于2025年3月4日至9日进行的"
        "欧洲之旅框架内对波兰进行正式访问。此访为巩固两国政治互信作出贡献。"
    )
    visit = only(evs, "CONSULT", "visit")
    assert visit["date"] == "2025-03-04/2025-03-09"


def test_meeting_in_a_cooperation_frame_keeps_its_own_day() -> None:
    evs = events_of(
        "2025年6月12日,越南外交部长阮光明在河内会见了保加利亚外交部长伊万·彼得罗夫。"
        "双方同意在2019年签署的合作协议框架内加强合作。"
    )
    meeting = only(evs, "CONSULT", "meeting")
    assert meeting["date"] == "2025-06-12"
