"""The text side of search: Chinese as overlapping character bigrams, and snippets.

FTS5's tokenizers split Chinese either not at all (unicode61: a whole run of Han characters is
one token) or into trigrams (too long for two-character names such as 王毅). So we write the
tokens ourselves, the same way at index time and at query time, and let FTS5 split them on
spaces: every Han run becomes its overlapping bigrams followed by its last character alone
(so a one-character query, run as a prefix query, finds a character wherever it stands);
Latin words and numbers stay words. A query term becomes one FTS5 phrase of those tokens, so
``范平明`` matches only where 范平 and 平明 stand side by side.

Nothing from the user reaches SQL: the MATCH expression is built from our own tokens, each
quoted, and bound as a parameter. Snippets are cut from the real text, not from tokens.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from operator import add

from dyad.document import normalise_width

__all__ = ["TOKENIZER_VERSION", "Snippet", "index_text", "mark", "match_expression", "snippet", "tokens"]

TOKENIZER_VERSION = "bigram-1"

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
# Dots inside transliterated names (瓦莱丽·佩克雷斯) are written or left out at will: ignore them.
_JOINERS = "·・•‧"
_RUN = re.compile(rf"([{_HAN}]+)|([^\W_{_HAN}]+)")
_LATIN_EDGE = "0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff"


def _normalise(text: str) -> str:
    """NFKC, without joiners (``str.replace`` per joiner present: ``translate`` is per character)."""
    text = unicodedata.normalize("NFKC", text)
    for joiner in _JOINERS:
        if joiner in text:
            text = text.replace(joiner, "")
    return text


def _runs(text: str) -> list[tuple[bool, str]]:
    """(is_han, run) pairs: Han runs and Latin/digit words, folded as the index folds them."""
    return [(bool(han), han or word.lower()) for han, word in _RUN.findall(_normalise(text))]


def _han_tokens(run: str, *, tail: bool = True) -> list[str]:
    if len(run) == 1:
        return [run]
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    return [*grams, run[-1]] if tail else grams


def tokens(text: str) -> list[str]:
    """The index tokens of a text: Han bigrams (+ each run's last character) and words.

    Written for speed (every page's text goes through it): Han has no case, so only words
    are lower-cased, and a run's bigrams are its characters paired with the next ones.
    """
    out: list[str] = []
    for han, word in _RUN.findall(_normalise(text)):
        if han:
            if len(han) > 1:
                out += map(add, han, han[1:])
            out.append(han[-1])
        else:
            out.append(word.lower())
    return out


def index_text(text: str | None) -> str:
    """What we store in the FTS5 table for ``text``: its tokens separated by spaces."""
    return " ".join(tokens(text)) if text else ""


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user query, or None when it holds nothing searchable.

    Terms (split on white space) are ANDed; each is one phrase. The term's first and last Han
    runs may continue in the text beyond the query, so the last run drops its tail token and,
    when it is a single character, becomes a prefix (``"王"*``).
    """
    phrases: list[str] = []
    for term in query.split():
        runs = _runs(term)
        if not runs:
            continue
        toks: list[str] = []
        prefix = False
        for i, (is_han, run) in enumerate(runs):
            last = i == len(runs) - 1
            if not is_han:
                toks.append(run)
            elif len(run) == 1:
                toks.append(run)
                prefix = last
            else:
                toks.extend(_han_tokens(run, tail=not last))
        phrase = '"' + " ".join(t.replace('"', '""') for t in toks) + '"'
        phrases.append(phrase + ("*" if prefix else ""))
    return " AND ".join(phrases) if phrases else None


# --- snippets -------------------------------------------------------------------------------


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character: C speed, one char for one."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", normalise_width(ch))[0].lower()[:1] or ch
        self[code] = base
        return base


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    """Lower-case, strip diacritics and fold widths, one character for one (offsets survive)."""
    return text.translate(_FOLD)


def _term_pattern(term: str) -> re.Pattern[str] | None:
    runs = _runs(term)
    if not runs:
        return None
    parts = []
    for is_han, run in runs:
        folded = _fold(run)
        if is_han:
            parts.append(f"[\\s{_JOINERS}]*".join(re.escape(c) for c in folded))
        else:
            parts.append(f"(?<![{_LATIN_EDGE}]){re.escape(folded)}(?![{_LATIN_EDGE}])")
    return re.compile(r"[^\w]*".join(parts))


def _matches(text: str, query: str) -> list[tuple[int, int]]:
    folded = _fold(text)
    spans: list[tuple[int, int]] = []
    for term in query.split():
        pattern = _term_pattern(term)
        if pattern is not None:
            spans += [(m.start(), m.end()) for m in pattern.finditer(folded) if m.end() > m.start()]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def mark(text: str, query: str, *, open_: str = "[", close: str = "]") -> str:
    """``text`` with every match of ``query`` wrapped in ``open_``/``close`` (plain text)."""
    out, pos = [], 0
    for s, e in _matches(text, query):
        out += [text[pos:s], open_, text[s:e], close]
        pos = e
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window of real text around the matches: ``text`` marks them with [ ], ``html`` with <mark>."""

    text: str
    html: str
    field: str
    matches: int


def snippet(fields: dict[str, str | None], query: str, *, width: int = 90) -> Snippet:
    """The best window: the first field (in the given order) where the query matches."""
    chosen_name, chosen, hits = "", "", []
    for name, value in fields.items():
        if not value:
            continue
        found = _matches(value, query)
        if found:
            chosen_name, chosen, hits = name, value, found
            break
        if not chosen:
            chosen_name, chosen = name, value
    start = max(0, hits[0][0] - width // 3) if hits else 0
    end = min(len(chosen), start + width)
    window = [(max(s, start), min(e, end)) for s, e in hits if s < end and e > start]
    plain, rich, pos = [], [], start
    for s, e in window:
        plain += [chosen[pos:s], "[", chosen[s:e], "]"]
        rich += [html.escape(chosen[pos:s]), "<mark>", html.escape(chosen[s:e]), "</mark>"]
        pos = e
    plain.append(chosen[pos:end])
    rich.append(html.escape(chosen[pos:end]))
    before = "…" if start > 0 else ""
    after = "…" if end < len(chosen) else ""
    text = (before + "".join(plain) + after).replace("\n", " ")
    markup = (before + "".join(rich) + after).replace("\n", " ")
    return Snippet(text=text, html=markup, field=chosen_name, matches=len(hits))
