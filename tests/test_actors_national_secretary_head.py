"""由全国书记X为团长的…代表团: 全国书记 is the office (no person 由全国), and the head whose office
names no country is of his delegation's side, its acronym in brackets or not."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(body: str) -> list[dict]:
    text = f"越南代表团访问意大利\n\n{body}\n\n越通社罗马——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]


def test_national_secretary_is_an_office_not_part_of_a_name() -> None:
    body = "越共中央书记处书记阮文明3月5日开始对意大利进行工作访问。阮文明一行与由全国书记马里奥·罗西(Mario Rossi)为团长的意大利共产党领导代表团举行工作会谈。"
    talks = _talks(body)
    names = [p["name"] for e in talks for p in e["target"]]
    assert names == ["马里奥·罗西"], talks
    assert talks[0]["target"][0]["title"] == "全国书记", talks


def test_a_head_with_a_bare_office_takes_his_delegations_country() -> None:
    body = "越共中央书记处书记阮文明3月5日开始对意大利进行工作访问。阮文明一行与由全国书记马里奥·罗西(Mario Rossi)为团长的意大利共产党(PCI)领导代表团举行工作会谈。"
    talks = _talks(body)
    assert [(p["name"], p["country"]) for e in talks for p in e["target"]] == [("马里奥·罗西", "ITA")], talks
