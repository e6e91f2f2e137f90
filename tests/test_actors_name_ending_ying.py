"""傅自应率领… : 应 before 率领/表示 is a name's last character (应邀, 应约 stay the verb)."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> list[str]:
    text = f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text))["actors"] if a["kind"] == "person"]


def test_ying_before_lead_ends_the_name() -> None:
    people = _people("越南国会副主席阮明6月3日会见了由中国全国人大教科文卫委员会副主任委员周国应率领的代表团。")
    assert "周国应" in people and "周国" not in people, people


def test_ying_yao_stays_the_verb() -> None:
    people = _people("中国全国人大教科文卫委员会副主任委员周国应邀于6月3日访问越南。")
    assert "周国" in people, people
