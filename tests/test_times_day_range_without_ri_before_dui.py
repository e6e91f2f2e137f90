"""``从2019年5月9日至12对智利进行访问``: a day range whose 日 is left out before 对 is still the range."""

from __future__ import annotations

from dyad import extract, to_record


def test_day_range_missing_ri_before_dui() -> None:
    body = "应智利外交部的邀请,越南外交部副部长黎氏秋姮从2019年5月9日至12对智利进行工作访问。"
    text = f"越南副外长访问智利\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [e["date"] for e in visits] == ["2019-05-09/2019-05-12"], visits


def test_an_hour_after_zhi_is_no_day() -> None:
    body = "越南外交部副部长黎氏秋姮2019年5月9日至17时在河内会见了智利驻越南大使哈维尔·贝塞拉(Javier Becerra)。"
    text = f"越南副外长会见智利大使\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and all(e["date"] != "2019-05-09/2019-05-17" for e in evs), evs
