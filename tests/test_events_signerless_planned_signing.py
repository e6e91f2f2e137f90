"""A signing still to come whose sentence names no signer and no partner (``预计,该协定将于2016年年底
结束谈判并获得签署``, ``签署后,它将…``) is no event; a planned signing naming its signers stays."""

from __future__ import annotations

from dyad import extract, to_record


def _agree(sentence: str) -> list[dict]:
    text = (
        "越南与埃及\n\n越通社开罗——越南国家主席陈明山11月3日开始对埃及进行正式访问。目前,越南和埃及正准备完成"
        f"自由贸易协定谈判。{sentence}(完)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_a_predicted_signing_with_no_signer_is_no_event() -> None:
    assert not _agree("预计,第五轮谈判将于2016年3月举行,该协定将于2016年年底结束谈判并获得签署。")


def test_a_signing_told_as_a_time_is_no_event() -> None:
    assert not _agree("该协定签署后,它将为两国企业带来更多机遇。")


def test_a_planned_signing_with_its_signers_stays() -> None:
    assert _agree("两国外交部将于2016年年底签署合作协议。")
