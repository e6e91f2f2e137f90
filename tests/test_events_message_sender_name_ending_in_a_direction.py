"""A sender whose name ends in 东, 西, 南 or 北 (``埃及总统卡里姆·塞西向…致贺电``, ``黎文东向…``) still sends
to the one after 向: only a direction compound (东向政策) keeps 向 from naming an addressee."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _messages(body: str) -> list[dict]:
    text = f"多国领导人发来贺电\n\n越通社河内——值越南国庆之际,多国领导人致贺电。\n\n{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "message"]


@pytest.mark.parametrize(("office", "name"), [("埃及总统", "卡里姆·塞西"), ("老挝国会主席", "坎文东")])
def test_two_messages_between_semicolons_keep_their_sides(office: str, name: str) -> None:
    evs = _messages(f"{office}{name}向越南国家主席阮文甲致贺电;智利总统马里奥·洛佩斯向越南政府总理陈文乙致贺电。")
    sources = {m["name"] for e in evs for m in e["source"]}
    targets = {m["name"] for e in evs for m in e["target"]}
    assert name in sources and "马里奥·洛佩斯" in sources
    assert {"阮文甲", "陈文乙"} <= targets
    assert "阮文甲" not in sources
