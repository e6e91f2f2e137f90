"""Glued Latin names (``PhilippeBauduin``): a proposed spacing, never a rewrite of the text.

The agency's Chinese pages write foreign names in Latin letters, and the CMS or the crawl
often loses the space between given name and family name. No tagger splits them, so we
offer the spaced form beside the text as written; the caller decides whether to use it
(e.g. as an alias when matching names), and offsets into ``Document.text`` never change.
"""

from __future__ import annotations

import re

__all__ = ["NAME_PREFIXES", "repair_glued_latin"]

# Family-name prefixes that are written joined to a capitalised rest: McDonald, MacArthur,
# O'Brien, FitzGerald. They never stand alone, so a split after them is always wrong.
_JOINED_ANYWHERE = ("Mc", "Mac", "Fitz", "O'", "D'")
# Particles that are joined only at the start of a glued name (DeVos, VanDyke, DiCaprio). Inside
# a name they may be words of their own: Vietnamese "Van" is a middle name (NguyenVanA).
_JOINED_AT_START = ("De", "Van", "Von", "Di", "Du", "Der")
NAME_PREFIXES = _JOINED_ANYWHERE + _JOINED_AT_START
# Lower-case particles allowed as separate words inside a name that already has spaces.
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "y"})

_LATIN_LETTER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_TOKEN = re.compile(rf"^[{_LATIN_LETTER}][{_LATIN_LETTER}'’\-]*$")


def _is_capitalised(word: str) -> bool:
    """``Khuong``, or a one-letter initial (``A`` in NguyenVanA); not ``AVSE``, not ``iPhone``."""
    return word[:1].isupper() and (len(word) == 1 or any(c.islower() for c in word))


def _glued_parts(token: str) -> list[str]:
    """Cut where a lower-case letter is followed by an upper-case one: there a space was lost."""
    parts, start = [], 0
    for i in range(1, len(token)):
        if token[i - 1].islower() and token[i].isupper():
            parts.append(token[start:i])
            start = i
    return [*parts, token[start:]]


def _split_token(token: str) -> list[str]:
    parts = _glued_parts(token)
    out: list[str] = []
    for i, part in enumerate(parts):
        if out and (out[-1] in _JOINED_ANYWHERE or (len(out) == 1 and i == 1 and out[0] in _JOINED_AT_START)):
            out[-1] += part
        else:
            out.append(part)
    return out


def repair_glued_latin(s: str) -> str | None:
    """The name with lost spaces put back, or None when ``s`` is not a capitalised Latin name.

    ``KhuongSreng`` -> ``Khuong Sreng``; ``McDonald`` -> ``McDonald`` (unchanged: nothing to
    repair); ``iPhone`` (lower-case start), ``UNFPA``/``AVSE`` (acronyms), non-Latin text -> None.
    A result equal to ``s.strip()`` means the name needs no repair.
    """
    words = s.replace("\u00a0", " ").split()
    if not words:
        return None
    out: list[str] = []
    for k, word in enumerate(words):
        if not _TOKEN.match(word):
            return None
        if k > 0 and word in _PARTICLES:
            out.append(word)
            continue
        if not _is_capitalised(word):
            return None
        parts = _split_token(word)
        if not all(_is_capitalised(p) for p in parts):
            return None  # a glued acronym (PhilippeAVSE): not a plain name, no offer
        out.extend(parts)
    if not any(c.islower() for c in "".join(out)):
        return None  # initials or an acronym alone are not a name
    return " ".join(out)
