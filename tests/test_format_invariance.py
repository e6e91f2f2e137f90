"""Form is not content: the same page written with other line ends, dashes, punctuation widths
or spacing must give the same events.

Crawls hand dyad one story in many forms (CRLF and a BOM from one fetcher, a horizontal bar for
the dateline's dash from another, half-width commas from a re-typesetter, spaces inside a Latin
name's brackets). Each transform below changes form only, so every event of a sample page (type,
mode, dates, place, each side's names) must come out as it does from the page as written.
Names and places are compared with blanks removed, since a transform may add blanks inside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import dyad
from dyad.record import to_record

PAGES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _utf8(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None  # the pages written in UTF-16 or GB18030 test decoding, elsewhere


# every fifth UTF-8 text page: a fixed sample of the corpus's shapes, a few seconds in all
SAMPLE = [p for p in sorted(PAGES.glob("*.txt")) if _utf8(p) is not None][::5]
CJK = r"\u4e00-\u9fff"


def _crlf_bom(t: str) -> str:
    return "\ufeff" + t.replace("\n", "\r\n")


def _horizontal_bar(t: str) -> str:
    return t.replace("——", "――")


_SWAP_WIDTH = str.maketrans(
    {"，": ",", "；": ";", "（": "(", "）": ")", ",": "，", ";": "；", "(": "（", ")": "）"}
)


def _other_width(t: str) -> str:
    """Commas, semicolons and brackets between Chinese characters in the other width."""
    return re.sub(rf"(?<=[{CJK}])[，；（）,;()](?=[{CJK}])", lambda m: m.group().translate(_SWAP_WIDTH), t)


def _spaced_latin_brackets(t: str) -> str:
    return re.sub(r"([(（])([A-Za-z][^()（）\n]{0,60}?[A-Za-z.])([)）])", r"\1 \2 \3", t)


def _trailing_blanks(t: str) -> str:
    return "\n".join(line + " \t" for line in t.split("\n"))


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "crlf_bom": _crlf_bom,
    "horizontal_bar": _horizontal_bar,
    "other_width": _other_width,
    "spaced_latin_brackets": _spaced_latin_brackets,
    "trailing_blanks": _trailing_blanks,
}


def _squeeze(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def _events(text: str) -> list[tuple]:
    record = to_record(dyad.extract(text))
    return [
        (
            e["section"],
            e["type"],
            e["mode"],
            e.get("date"),
            _squeeze(e.get("location")),
            tuple(_squeeze(a["name"]) for a in e["source"]),
            tuple(_squeeze(a["name"]) for a in e["target"]),
        )
        for e in record["events"]
    ]


def test_the_sample_is_not_empty() -> None:
    assert len(SAMPLE) >= 20


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_a_change_of_form_keeps_every_event(name: str) -> None:
    transform = TRANSFORMS[name]
    changed = 0
    for page in SAMPLE:
        text = _utf8(page) or ""
        variant = transform(text)
        if variant == text:
            continue
        changed += 1
        assert _events(variant) == _events(text), f"{page.name} read otherwise after {name}"
    assert changed, f"{name} changed no sample page: the test would prove nothing"
