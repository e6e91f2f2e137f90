"""A signing told as the subject of a judgement (what it will help, what it is) is a remark about a
signing, not one done; and a signing told right after a meeting (A会见了X市长B,并签署…) is between
the two who met."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    page = f"河内与广州缔结友好城市\n\n越通社河内——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def _signings(evs: list[dict]) -> list[dict]:
    return [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]


def test_a_signing_judged_in_its_own_clause_is_no_event() -> None:
    evs = _main("美国大使约翰逊在答记者问时表示,美国贸易署与越南交通部签署相关文件是一个重要的步骤。")
    assert _signings(evs) == [], evs


def test_a_signing_that_will_help_is_no_second_signing() -> None:
    evs = _main(
        "越南工贸部部长阮文安8月30日会见了泰国商业部长颂猜,并签署了两部合作备忘录。"
        "颂猜强调,双方签署该备忘录将有助于推动两国贸易发展。"
    )
    signings = _signings(evs)
    assert len(signings) == 1, evs
    assert "会见了" in signings[0]["evidence"]["text"], signings


def test_the_two_who_met_sign_what_follows_the_meeting() -> None:
    evs = _main("河内市人民委员会副主席黎文福8月30日上午会见了中国广州市市长王建明,并签署关于越南河内市与中国广州市缔结友好城市的协议。")
    signings = _signings(evs)
    assert len(signings) == 1, evs
    assert [p["name"] for p in signings[0]["source"]] == ["黎文福"], signings
    assert [p["name"] for p in signings[0]["target"]] == ["王建明"], signings
