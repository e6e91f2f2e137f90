"""A signing told as a ceremony held (A与B举行…签约仪式 / 签字仪式) is a signing, as 签署仪式 already
is; a speech given at such a ceremony (在签字仪式上表示) stays no signing of its own. Sentences
written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _agree(body: str) -> list[dict]:
    rec = to_record(extract(f"两地合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AGREE"]


def test_signing_ceremony_held_with_qianyue() -> None:
    evs = _agree("6月3日上午,广宁省人民委员会与日本高崎市举行经贸合作备忘录签约仪式。")
    assert len(evs) == 1
    assert evs[0]["mode"] == "sign"
    assert evs[0]["source"][0]["name"] == "广宁省人民委员会"


def test_signing_ceremony_held_with_qianzi() -> None:
    evs = _agree("6月3日上午,广宁省人民委员会与日本高崎市举行了旅游合作协议线上签字仪式。")
    assert len(evs) == 1
    assert evs[0]["source"][0]["name"] == "广宁省人民委员会"


def test_speech_at_the_ceremony_is_no_signing() -> None:
    assert _agree("广宁省人民委员会主席阮文甲在签字仪式上表示,双方合作前景广阔。") == []
