"""签订 signs like 签署: a signer's bare name ends before it, and a co-chaired 签订仪式 is no meeting
of the co-chairs. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _events(body: str, title: str = "两国加强合作") -> list[dict[str, Any]]:
    rec = to_record(extract(f"{title}\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_bare_names_before_qianding_sign() -> None:
    for verb in ("签署", "签订"):
        body = (
            "安娜·布朗表示,两国外交部长级会议是今年3月份越南政府总理阮文甲和澳大利亚总理麦克莱恩"
            f"{verb}《关于两国建立战略伙伴关系的联合声明》之后所取得的最直接结果。"
        )
        signs = [e for e in _events(body) if e["type"] == "AGREE"]
        assert len(signs) == 1, (verb, signs)
        assert _names(signs[0]["source"]) == ["阮文甲"], (verb, signs)
        assert _names(signs[0]["target"]) == ["麦克莱恩"], (verb, signs)


def test_cochaired_qianding_ceremony_is_no_meeting() -> None:
    for verb in ("签署", "签订"):
        body = (
            f"越南甲省与老挝占巴塞省2016-2020年发展合作备忘录{verb}仪式6月9日在甲省举行。"
            f"甲省人民委员会主席武文甲和老挝占巴塞省省长坎蓬·西拉共同主持{verb}仪式。"
        )
        meetings = [e for e in _events(body) if e["mode"] == "meeting"]
        assert meetings == [], (verb, meetings)
