"""scripts/teaser_consistency.py: a page's title and lead told again as a 更多 item give the same
headline as the article, and a page with no title is skipped rather than failing the batch."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "teaser_consistency.py"
spec = importlib.util.spec_from_file_location("teaser_consistency", SCRIPT)
assert spec is not None and spec.loader is not None
tc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tc)

PAGE = (
    "越南国家主席阮文安会见老挝国会主席宋赛\n\n越通社河内——3月2日下午,越南国家主席阮文安在河内会见了正在越南进行正式访问的"
    "老挝国会主席宋赛·西潘敦。\n\n双方同意加强合作。\n\n越通社\n"
).encode()


def test_the_lead_told_as_a_teaser_agrees_with_the_article() -> None:
    title, lead, teaser, own = tc.compare(PAGE)
    assert title.startswith("越南国家主席阮文安会见"), title
    assert lead.startswith("3月2日下午"), lead
    assert teaser and own, (teaser, own)
    assert set(teaser) & set(own), (teaser, own)
    assert teaser[0][2] == ("宋赛·西潘敦",), teaser  # the guest is the source, as in the article


def test_a_page_that_is_no_article_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "a.txt").write_bytes(PAGE)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    monkeypatch.setattr("sys.argv", ["teaser_consistency.py", str(tmp_path)])
    assert tc.main() == 0
    out = capsys.readouterr().out
    assert "b.txt: skipped" in out, out
    assert "teasers agreeing with their article: 1 / 1" in out, out
