"""Real-page audit (h91): ``发言人A指出:“9月20日,B已向C致慰问电`` (or ``A表示,B已向C致慰问电``): the
spokesperson before the speech verb tells of the message; only B sent it."""

from __future__ import annotations

from dyad import extract, to_record


def _senders(body: str) -> list[list[str]]:
    rec = to_record(extract(f"外交部发言人就智利山火答记者问\n\n越通社河内——{body}\n"))
    return [[m["name"] for m in e["source"]] for e in rec["events"] if e["mode"] == "message"]


def test_speaker_before_quote_sends_nothing() -> None:
    got = _senders(
        "外交部发言人黎氏红指出:“2月5日,越南国家主席阮明强已向智利总统加夫列尔·博里奇致慰问电。同一天,"
        "越南政府副总理兼外长范文明已向智利外交部长阿尔贝托·范克拉韦伦致慰问电。\n\n目前尚无越南公民伤亡。”"
    )
    assert ["阮明强"] in got and all("黎氏红" not in s for s in got), got


def test_speaker_before_comma_sends_nothing() -> None:
    got = _senders("外交部发言人黎氏红2月6日表示,越南国家主席阮明强已向智利总统加夫列尔·博里奇致慰问电。")
    assert got == [["阮明强"]], got


def test_sender_who_says_stays() -> None:
    got = _senders("2月6日,越南国家主席阮明强向智利总统加夫列尔·博里奇致慰问电,表示深切慰问。")
    assert got == [["阮明强"]], got
