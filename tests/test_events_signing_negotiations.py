"""``双方同意将启动签署自由贸易协定的谈判进程``: the negotiations towards a signing are no signing;
a document signed about launching negotiations (``签署了关于启动…谈判的谅解备忘录``) is one."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _signings(body: str) -> list[dict[str, Any]]:
    text = f"越新总理会谈\n\n越通社河内——2025年5月6日,越南政府总理范明政同新西兰总理拉克森举行会谈。{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_launching_negotiations_to_sign_is_no_signing() -> None:
    assert _signings("双方同意将启动签署自由贸易协定的谈判进程。") == []


def test_memorandum_on_negotiations_is_a_signing() -> None:
    assert len(_signings("会谈后,两国总理见证签署了关于启动自由贸易协定谈判的谅解备忘录。")) == 1
