"""Real-page audit (h54): ``越南外交部副部长X迎接中国某省副省长Y`` (a caption: X welcomes Y).
迎接 is a verb: it ends Y's office chain on its left, so Y keeps their own title and country
instead of a chain reaching back over X's office and name."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _people(body: str) -> dict[str, tuple[str | None, str | None]]:
    doc = parse_page(f"两国外交部举行会议\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    return {m.name: (m.title, m.country) for m in doc.mentions if m.kind == "person"}


def test_welcomed_guest_keeps_their_own_office() -> None:
    got = _people("4月8日,越南外交部副部长黎文平在机场迎接老挝外交部副部长通萨万。")
    assert got.get("通萨万") == ("老挝外交部副部长", "LAO"), got


def test_welcomed_guest_right_after_the_host_name() -> None:
    got = _people("越南外交部副部长黎文平迎接老挝外交部副部长通萨万。双方举行会谈。")
    assert got.get("通萨万") == ("老挝外交部副部长", "LAO"), got
