"""``双方强调,应采取…;签署劳务合作协议等多种措施…``: a signing among measures the sides urge is no signing."""

from __future__ import annotations

from dyad import extract, to_record


def test_signing_among_urged_measures_is_no_event() -> None:
    body = (
        "5月4日,越南外交部副部长黎氏秋姮与卡塔尔外交部秘书长艾哈迈德·哈马迪(Ahmed Al-Hammadi)举行政治磋商。"
        "双方强调,应采取加强政策沟通;签署渔业合作协议等多种措施推动两国合作。"
    )
    text = f"越南与卡塔尔举行政治磋商\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    assert not [e for e in evs if e["type"] == "AGREE"], evs
    assert [e for e in evs if e["mode"] == "talks"], evs
