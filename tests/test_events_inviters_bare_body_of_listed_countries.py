"""``应智利、秘鲁与阿根廷各政党和外交部的邀请,X对…进行访问``: the bare 外交部 is each listed country's;
the hosts are the countries, not a body of no country."""

from __future__ import annotations

from dyad import extract, to_record


def test_bare_ministry_after_listed_countries_gives_the_countries() -> None:
    body = "应智利、秘鲁与阿根廷各政党和外交部的邀请,由越共中央对外部部长黎怀忠为首的越共代表团从5月9日至17日对智利、秘鲁与阿根廷进行工作访问。"
    text = f"越共代表团访问南美\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    targets = {t["name"] for e in visits for t in e["target"]}
    assert "外交部" not in targets and "智利" in targets, visits
