"""A host who 会晤 a guest receives him as one who 会见 or 接见 him does: a local leader meeting a
foreign or UN official at home, a delegation told as led by someone (会晤了由B率领的…代表团) and a
teaser's Vietnamese leader meeting a foreign minister with no place or trip told all put the guest,
who came, first. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _events(body: str, title: str) -> list[dict[str, Any]]:
    rec = to_record(extract(f"{title}\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["section"] == "main" and e["mode"] == "meeting"]


def _pair(ev: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [p["name"] for p in ev["source"]], [p["name"] for p in ev["target"]]


def test_local_leader_meeting_a_un_official_at_home() -> None:
    for verb in ("会见了", "会晤了"):
        body = f"越南胡志明市人民委员会主席阮文甲8月3日{verb}联合国开发计划署亚太区域主任玛丽亚·洛佩斯。"
        (ev,) = _events(body, "胡志明市领导人会见联合国官员")
        assert _pair(ev) == (["玛丽亚·洛佩斯"], ["阮文甲"]), verb


def test_delegation_told_as_led_by_someone_came() -> None:
    for verb in ("接见了", "会见了", "会晤了"):
        body = f"8月3日下午,越南人民军总政治局副主任黎文乙中将{verb}由老挝人民军副总参谋长坎蓬·西拉少将率领的老挝国防部代表团。"
        (ev,) = _events(body, "越南领导人会见老挝代表团")
        assert _pair(ev) == (["坎蓬·西拉"], ["黎文乙"]), verb


def test_teaser_meeting_with_huiwu_puts_the_guest_first() -> None:
    for verb in ("会见", "会晤"):
        text = (
            "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
            f"范明政总理{verb}日本总务大臣松本一郎\n"
        )
        evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related" and e["mode"] == "meeting"]
        assert len(evs) == 1, (verb, evs)
        assert _pair(evs[0]) == (["松本一郎"], ["范明政"]), verb
