"""A bare name after an office ends before 见证 (``美国总统特朗普见证了…``), as before 签署."""

from __future__ import annotations

from dyad import extract, to_record


def test_bare_name_before_witnessed_is_a_person() -> None:
    body = "2017年11月12日,越南国家主席陈大光和美国总统特朗普见证了两国企业多份商业合同的签署。"
    rec = to_record(extract(f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"))
    assert "特朗普" in [a["name"] for a in rec["actors"] if a.get("kind") == "person"]
