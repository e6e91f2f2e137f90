"""A visit paid to congratulate (``…来到大使馆表示祝贺``) stays SUPPORT when a visitor's name holds
the character 对 (中央对外部): only a 对 outside any body's name opens a statement of
congratulations about something (``对…表示祝贺``). Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def _main(page: str) -> list[dict]:
    rec = to_record(extract(page.encode("utf-8")))
    return [e for e in rec["events"] if e["section"] == "main"]


def test_body_named_with_dui_keeps_the_congratulation_visit() -> None:
    page = (
        "柬埔寨机构祝贺越南国庆\n\n"
        "越通社金边——8月30日,柬埔寨外交部、中央对外部等柬埔寨中央机构来到越南驻金边大使馆表示祝贺。(完)\n"
    )
    (ev,) = _main(page)
    assert (ev["type"], ev["mode"]) == ("SUPPORT", "visit")


def test_congratulation_visit_without_dui_in_a_name_is_unchanged() -> None:
    page = (
        "柬埔寨机构祝贺越南国庆\n\n"
        "越通社金边——8月30日,柬埔寨外交部代表团来到越南驻金边大使馆表示祝贺。(完)\n"
    )
    (ev,) = _main(page)
    assert (ev["type"], ev["mode"]) == ("SUPPORT", "visit")
