"""A signing attended in a list of a visit's acts (``X拜会了A,与B举行会谈,出席双方合作文件的签署
仪式``) is between X's side and B's: A, gathered into the source with X though of B's country,
belongs to the target's side and is left out of the source."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "新西兰总理柯林结束对越南的访问\n\n"
    "越通社河内——新西兰总理柯林于2019年3月5日已抵达泰国,开始对该国进行访问。\n\n"
    "访越期间,新西兰总理柯林礼节性拜会了越共中央总书记黎文成,与越南政府总理陈国宝举行会谈,"
    "出席双方合作文件的签署仪式和会见记者,会见越南国会主席阮氏兰。(完)\n\n越通社\n"
)


def test_the_host_met_first_is_not_a_signer_beside_the_guest() -> None:
    signs = [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(PAGE))["events"]
        if e["type"] == "AGREE"
    ]
    assert signs == [(["柯林"], ["陈国宝"])], signs
