"""Real-page audit (h91): ``X率领《…》杂志社代表团…``, then ``越南共产党中央机关报刊《…》杂志社代表团离开…,
启程对Y进行工作访问``: a delegation whose body is written in title marks is led by X, and the same
delegation named again with longer words is still X's, not a party plus a cut name."""

from __future__ import annotations

from dyad import extract, to_record


def test_delegation_named_again_keeps_its_leader() -> None:
    rec = to_record(
        extract(
            "越南《人民军队》报代表团访问古巴\n\n越通社哈瓦那——5月3日至6日,越南《人民军队》报总编辑黎文明博士率领《人民军队》报"
            "代表团对古巴进行工作访问。\n\n5月6日下午,越南国防部机关报《人民军队》报代表团离开古巴,启程对委内瑞拉进行工作访问。\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert visits and all([m["name"] for m in e["source"]] == ["黎文明"] for e in visits), [
        [m["name"] for m in e["source"]] for e in visits
    ]
