"""巴 in a pair compound is shared by Pakistan, Brazil and Palestine: 越巴建交N周年 counts from the
relations of the one whose full name the paragraph writes, Pakistan when it writes none."""

from __future__ import annotations

from dyad.extraction.time_knowledge import find_anniversaries


def _years(text: str) -> list[int]:
    return [f.year for f in find_anniversaries(text, 0, len(text))]


def test_ba_reads_the_country_the_paragraph_names() -> None:
    assert _years("巴西外长在河内出席越巴建交30周年招待会。") == [1989 + 30]
    assert _years("巴基斯坦大使祝贺越巴建交45周年。") == [1972 + 45]
    assert _years("越巴建交45周年纪念会举行。") == [1972 + 45]
