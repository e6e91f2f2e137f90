"""A Lao name ending in 吞 (-thoune), written with its dot, keeps its last syllable."""

from __future__ import annotations

from dyad import extract


def test_a_lao_name_ending_in_tun_with_mouth_radical_is_whole() -> None:
    doc = extract(
        "河内市代表团访问老挝\n\n越通社万象——应老挝万象市委书记兼市长坎沙·库派吞(Khamsa Khoutphaythoune)邀请,"
        "河内市代表团5月3日对老挝进行工作访问。(越通社-VNA)\n越通社\n"
    )
    assert "坎沙·库派吞" in {m.name for m in doc.mentions if m.kind == "person"}
