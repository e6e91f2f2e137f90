"""``越南副外长X``: a deputy foreign minister is no foreign minister, so a minister's term in
``tenure.tsv`` (one who was a deputy before) does not date a story that names him as deputy."""

from __future__ import annotations

from dyad.extraction.time_tenure import _fold, _office_named


def test_deputy_foreign_minister_does_not_name_the_minister() -> None:
    assert not _office_named("外交部长", _fold("越南副外长"), "")
    assert _office_named("外交部长", _fold("越南外长"), "")
    assert _office_named("外交部长", _fold("越南外交部部长"), "")
