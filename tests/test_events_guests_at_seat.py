"""Guests received at a Vietnamese seat (``在政府总部会见了A和B``): with two guests of a body that
has no country (EU officials), the seat still tells the host's country, so the guests are the
sources."""

from __future__ import annotations

from dyad import extract, to_record


def test_two_guests_received_at_the_government_seat_are_the_sources() -> None:
    body = (
        "2019年7月2日,越南政府总理阮春福在政府总部会见了欧盟委员会贸易委员塞西莉亚·马尔姆斯特伦"
        "和欧洲议会议长戴维·萨索利。"
    )
    text = f"越南加强对外合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]
    assert evs and all([p["name"] for p in e["target"]] == ["阮春福"] for e in evs), evs
