"""Years from who held which office: ``政府总理范明政`` can only be written while he was prime minister.

``tenure.tsv`` (columns ``person latin office country start end source``; an empty ``end`` means
still in office) lists terms. A (person, office) pair is *named* when the person's name stands in
the text with one of the row's office words in the office chain right before it
(``中国国务委员兼外交部长王毅``) or right after it (``苏林总书记``). The intervals of all named
pairs of a section are intersected; the event's month-day must fall inside. When the table is
absent this module finds nothing, so the rest of the year inference works without it.

A term's first day also dates the words that tell it began: ``岸田文雄去年10月就任日本首相以来``
is written in 2021 + 1, ``菅义伟9月16日就任日本首相后`` in 2020, ``祝贺裴青山就任越南外交部长``
shortly after 2021-04-08 (``took_office``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

import ahocorasick

from dyad.data import load_table, table_names
from dyad.document import Document, Span

__all__ = [
    "NamedPair",
    "TenureConflict",
    "TenureEvidence",
    "Term",
    "TookOffice",
    "build_index",
    "table_rows",
    "moved_on",
    "named_pairs",
    "tenure_candidates",
    "tenure_conflicts_in",
    "took_office",
]

_CHAIN_STOP = ',,。;;:!?！？\n“”"()'
# After a name: the person has died, so the office named with him is his last, not one held that day.
_DECEASED = re.compile(r"(?:同志|先生|女士)?(?:逝世|去世|病逝|辞世|的?国葬|的?葬礼|的?追悼|的?遗体|治丧)")
# Before an office chain: the person held it before the day told ("前越南国家主席阮春福", "时任…").
# ("悼念原国家主席X": the former office right after a verb of mourning too)
_FORMER = re.compile(r"(?:^|[与和同及、的]|悼念|哀悼|吊唁|缅怀|追悼|追思|纪念)\s*(?:前任|时任|原任|前|原)(?!线|夕|往|来|景|沿|提|进|身|面)[^与和同及、的]{0,16}$")
# "越南社会主义共和国主席武文赏", "中华人民共和国主席习近平": the president of the republic is the 国家主席
# "越南副外长X": 副外长 is a deputy minister (外交部副部长), folded first so 外长 inside it is no minister
# Written out in full, an office names the body by its whole name: "越南共产党中央委员会总书记",
# "中华人民共和国全国人民代表大会常务委员会委员长", "中国人民政治协商会议全国委员会主席",
# "中华人民共和国副主席", "中华人民共和国驻越南特命全权大使", or by the country alone ("中国总理");
# folded to the short forms the table uses.
_OFFICE_FOLD = (
    ("副外长", "外交部副部长"),
    ("外交部部长", "外交部长"),
    ("外长", "外交部长"),
    ("部部长", "部长"),
    ("共和国主席", "国家主席"),
    ("共和国副主席", "国家副主席"),
    ("全国人民代表大会常务委员会", "全国人大常委会"),
    ("人民政治协商会议全国委员会", "全国政协"),
    ("中央委员会", "中央"),
    ("越南共产党中央", "越共中央"),
    ("中国共产党中央", "中共中央"),
    ("古巴共产党中央", "古共中央"),
    ("特命全权大使", "大使"),
    ("委常委、书记", "委书记"),
    ("国会议长", "国会主席"),  # the head of a National Assembly, either form (越南国会主席, 韩国国会议长)  # "某市委常委、书记X": the standing member who is the committee's secretary
    ("中华人民共和国驻", "中国驻"),
    ("驻越大使", "驻越南大使"),
    ("驻中国大使", "驻华大使"),
    ("中国总理", "中国国务院总理"),  # "中国总理李强": the premier of the State Council
    ("日本外交大臣", "日本外务大臣"),  # Japan's foreign minister is the table's 外务大臣
    ("日本外相", "日本外务大臣"),
)


@dataclass(frozen=True, slots=True)
class Term:
    person: str
    office: str
    start: date
    end: date | None
    country: str | None


@dataclass(frozen=True, slots=True)
class NamedPair:
    """A person named with one of the offices they held, and the terms of that office."""

    person: str
    office: str
    span: Span
    terms: tuple[Term, ...]


@dataclass(frozen=True, slots=True)
class TenureConflict:
    """A person named in an office at dates outside every term the table knows."""

    person: str
    office: str
    span: Span
    first_day: date
    last_day: date
    terms: tuple[tuple[str, str | None], ...]
    section: str
    teaser: int | None

    def to_dict(self, text: str) -> dict[str, object]:
        return {
            "person": self.person,
            "office": self.office,
            "text": text[self.span.start : self.span.end],
            "start": self.span.start,
            "end": self.span.end,
            "dates": [self.first_day.isoformat(), self.last_day.isoformat()],
            "terms": [list(t) for t in self.terms],
            "section": self.section,
            "teaser": self.teaser,
        }


@lru_cache(maxsize=8192)
def _fold(office: str) -> str:
    for a, b in _OFFICE_FOLD:
        office = office.replace(a, b)
    return office


def _date(value: str) -> date | None:
    value = value.strip()
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and parts[0]:
            return date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


def build_index(
    rows: Iterable[Mapping[str, str]],
) -> tuple[dict[str, list[Term]], ahocorasick.Automaton | None]:
    """Terms by every written form of a person's name, and an automaton that finds those names."""
    by_person: dict[str, list[Term]] = {}
    for row in rows:
        start = _date(row.get("start", ""))
        forms = [f.strip() for f in row.get("person", "").split("|") if len(f.strip()) >= 2]
        if start is None or not forms or not row.get("office"):
            continue
        end_text = row.get("end", "").strip()
        end = _date(end_text) if end_text else None
        if end_text and len(end_text) == 4 and end is not None:
            end = date(end.year, 12, 31)
        term = Term(forms[0], row["office"].strip(), start, end, row.get("country") or None)
        for form in forms:  # every written form of the name finds the canonical person's terms
            by_person.setdefault(form, []).append(term)
    if not by_person:
        return by_person, None
    auto = ahocorasick.Automaton()
    for name in by_person:
        auto.add_word(name, name)
    auto.make_automaton()
    return by_person, auto


@cache
def _table() -> tuple[dict[str, list[Term]], ahocorasick.Automaton | None]:
    """``tenure.tsv``, indexed once per process (empty when the table is not shipped)."""
    return build_index(table_rows())


def table_rows() -> tuple[Mapping[str, str], ...]:
    """The rows of ``tenure.tsv`` (none when the table is not shipped)."""
    return load_table("tenure").rows if "tenure" in table_names() else ()


def _chain_before(text: str, pos: int, floor: int) -> str:
    lo = pos
    while lo > floor and pos - lo < 40 and text[lo - 1] not in _CHAIN_STOP:
        lo -= 1
    return text[lo:pos]


@cache
def _office_parts(office: str) -> tuple[str, ...]:
    """``国务委员兼外交部长``: the whole office and each of its ``兼`` parts, folded."""
    folded = _fold(office)
    return (folded, *[p for p in folded.split("兼") if p and p != folded])


def _office_named(office: str, before: str, after: str) -> bool:
    """Is ``office`` in the (folded) chain before the name, or right after it (``苏林总书记``)?"""
    return any(p in before or after.startswith(p) for p in _office_parts(office))


# The rank word alone, as the site writes a top office after the name (范明政总理, 陈大光主席, 阮富仲总书记)
# or as the last link of a short chain (越南总理X, 越共总书记X, 总理X): it names the person's one row
# whose office ends with that word (政府总理, 国家主席, 越共中央总书记), deputies' rows left out.
_TENURE_HEAD_WORD = re.compile(r"(?<![副代])(总书记|总理|主席)$")
# What may stand before the rank word in the chain's last link: a country or a party name, not an
# organ (国会主席, 人民委员会主席, 人民党主席) or a deputy's rank.
_TENURE_HEAD_ORGAN = re.compile(r"[副代会院部委省市州县党团司局厅署处]")


def _head_word_rows(terms: list[Term], before: str, after: str) -> list[Term]:
    """The rows a bare rank word names (``范明政总理``, ``越南总理范明政``) when the person has exactly
    one office ending with it; else none."""
    link = re.split(r"[、兼]", before)[-1].strip()
    m = _TENURE_HEAD_WORD.search(link)
    heads: set[str] = set()
    if m and len(link) - len(m.group(1)) <= 5 and not _TENURE_HEAD_ORGAN.search(link[: m.start()]):
        heads.add(m.group(1))
    for w in ("总书记", "总理", "主席"):
        if after.startswith(w):
            if not _DECEASED.match(after, len(w)):  # "X主席遗体", "X总书记逝世": his last office
                heads.add(w)
            break
    if not heads:
        return []
    out: list[Term] = []
    for head in heads:
        offices = {t.office for t in terms if _TENURE_HEAD_WORD.search(_fold(t.office)) and _fold(t.office).endswith(head)}
        if len(offices) == 1:
            out.extend(t for t in terms if t.office in offices)
    return out


def _told_by_a_closer_row(offices: list[str], before: str, after: str) -> list[str]:
    """Compound offices named only through a part that is another named row's whole office.

    ``外交部长王毅`` names his ``外交部长`` rows (2013-2022 and from 2023); his row ``国务委员兼外交部长``
    (2018-2022) is named too by its part ``外交部长``, and intersecting it would rule out every year
    after 2022. A part stands for a compound row only when the person has no row of that part alone.
    """
    alone = {_fold(o) for o in offices}
    return [
        o
        for o in offices
        if not (_fold(o) in before or after.startswith(_fold(o)))
        and any(p in alone for p in _office_parts(o)[1:])
    ]


def _names_in_text(
    doc: Document, units: list[tuple[int, int]]
) -> Iterator[tuple[str, int, int, str, str, str, list[Term]]]:
    """Every name of ``tenure.tsv`` in the given stretches of text, alive on the day told: the name,
    its span, the office chain before it, that chain and the words after it folded, and its rows."""
    # A caller that learned terms from its corpus (``dyad check``) hands them in with the page.
    by_person, auto = doc.meta.get("tenure_index") or _table()
    if auto is None:
        return
    text = doc.norm
    for start, end in units:
        prev_end = start
        for last, name in auto.iter(text, start, end):
            s, e = last + 1 - len(name), last + 1
            # the chain before a name stops at the name before it: in "中共中央总书记、国家主席习近平就
            # 越共中央总书记阮富仲逝世", 国家主席 is Xi's office, not Trọng's
            floor, prev_end = max(start, prev_end if prev_end <= s else start), max(prev_end, e)
            if _DECEASED.match(text, e):
                continue  # "阮富仲同志国葬", "阮富仲逝世": the office he held last, not held on the day
            chain = _chain_before(text, s, floor)
            if _FORMER.search(chain):
                continue  # "前越南国家主席阮春福", "时任…": an office he held before, not on the day told
            yield name, s, e, chain, _fold(chain), _fold(text[e : min(end, e + 8)]), by_person[name]


def named_pairs(doc: Document, units: list[tuple[int, int]]) -> list[NamedPair]:
    """Every (person, office) pair of ``tenure.tsv`` named in the given stretches of text."""
    out: list[NamedPair] = []
    for name, s, e, _chain, before, after, rows in _names_in_text(doc, units):
        offices: dict[str, list[Term]] = {}
        for term in rows:
            if _office_named(term.office, before, after):
                offices.setdefault(term.office, []).append(term)
        if not offices:
            for term in _head_word_rows(rows, before, after):
                offices.setdefault(term.office, []).append(term)
        for office in _told_by_a_closer_row(list(offices), before, after):
            del offices[office]
        for office, terms in offices.items():
            out.append(NamedPair(name, office, Span(s, e, "person"), tuple(terms)))
    return out


# An office word closing the chain before a name: the person is named in some office.
_CHAIN_OFFICE = re.compile(r"(?:部长|主任|书记|主席|总理|首相|总统|议长|大使|司令|委员|秘书长|局长|省长|市长)[^、,，]{0,3}$")


def moved_on(doc: Document, units: list[tuple[int, int]], day: date) -> Span | None:
    """A person the text names in an office none of their rows is, while on ``day`` the table has
    them in another office (``公安部副部长苏林`` on a day he was general secretary): the text was
    written before they rose to it, so ``day`` is too late for it. The name's span, else None."""
    for _name, s, e, chain, before, after, terms in _names_in_text(doc, units):
        if not _CHAIN_OFFICE.search(chain):
            continue  # named bare
        if any(_office_named(t.office, before, after) for t in terms) or _head_word_rows(terms, before, after):
            continue
        if any(t.start <= day <= (t.end or day) for t in terms):
            return Span(s, e, "person")
    return None


@dataclass(frozen=True, slots=True)
class TenureEvidence:
    """The terms of every (person, office) pair a section names, one tuple of intervals per pair."""

    terms: tuple[tuple[tuple[date, date], ...], ...]
    words: str
    spans: tuple[Span, ...]

    @property
    def first(self) -> date:
        return min(s for pair in self.terms for s, _ in pair)

    @property
    def last(self) -> date:
        return max(e for pair in self.terms for _, e in pair)

    def support(self, day: date) -> int:
        """How many named pairs held their office on ``day``."""
        n = 0
        for pair in self.terms:
            for s, e in pair:
                if s <= day <= e:
                    n += 1
                    break
        return n

    def best(self, days: Iterable[date]) -> tuple[int, list[date]]:
        """The days that the most pairs agree on, and how many pairs that is.

        When some day is held by every pair this is the intersection of the terms; when the
        terms do not all meet (a late queen named beside her successor), the best-supported days.
        """
        scored = [(self.support(d), d) for d in days]
        top = max((n for n, _ in scored), default=0)
        return top, sorted(d for n, d in scored if n == top and top > 0)


def tenure_candidates(pairs: list[NamedPair], today: date | None = None) -> TenureEvidence | None:
    """The terms of the named (person, office) pairs, with the words that named them.

    None when no pair is named. An open term (no end) runs to ``today``.
    """
    if not pairs:
        return None
    today = today or date.today()
    seen: set[tuple[str, str]] = set()
    terms, spans, words = [], [], []
    for p in pairs:
        if (p.person, p.office) in seen:
            continue
        seen.add((p.person, p.office))
        terms.append(tuple((t.start, t.end or today) for t in p.terms))
        spans.append(p.span)
        words.append(f"{p.office}{p.person}")
    return TenureEvidence(tuple(terms), "、".join(words), tuple(spans))


def tenure_conflicts_in(
    pairs: list[NamedPair], first_day: date, last_day: date, key: tuple[str, int | None]
) -> list[TenureConflict]:
    """Named pairs whose terms hold none of the days ``first_day``..``last_day``."""
    today = date.today()
    out = []
    reported: set[tuple[str, str]] = set()
    for p in pairs:
        if (p.person, p.office) in reported:
            continue
        if any(t.start <= last_day and (t.end or today) >= first_day for t in p.terms):
            continue
        reported.add((p.person, p.office))
        terms = tuple((t.start.isoformat(), t.end.isoformat() if t.end else None) for t in p.terms)
        out.append(TenureConflict(p.person, p.office, p.span, first_day, last_day, terms, key[0], key[1]))
    return out


# --- taking office ------------------------------------------------------------------------------
# The verbs; 再次当选, 连任 tell a renewal, not a start (checked after the match: a look-behind
# at every position would slow the page scan).
TAKING_OFFICE = re.compile(r"宣誓就职|就任|上任|就职|当选|出任|履新|被任命为|选举为")
_RENEWAL = ("再次", "重新", "连续", "再度", "连任")
_TAKE_DATE = re.compile(
    r"(?P<yw>今年|去年|前年)?\s*(?:于|在)?\s*"
    r"(?:(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)?"
    r"\s*(?:正式|宣誓)?\s*$"
)
# 就任后首次出访: the first trip abroad follows the start closely; 就任以来首次访问越南 may not.
_NEAR_AFTER = re.compile(r"[^,，。;；]{0,20}?(?:后|之后)(?:的)?(?:首次出访|首访|首次出国访问|首次外访)")
_WRITTEN_YEAR = re.compile(r"[0-9]{4}\s*年")
# Party ranks written before the office taken (当选为越共中央政治局委员、国家主席; 就任中共中央政治局委员、
# 某省委书记): links of the chain that name no term, skipped so the office after them is read.
_TOOK_PARTY_LINKS = re.compile(
    r"^(\s*为)?(?:\s*[^、,，。;；]{0,8}?(?:政治局常委|政治局委员|书记处书记|中央委员|候补中央委员)\s*、)+"
)
_PRONOUN = re.compile(r"[他她其]\s*$")
_SHIFT = {None: 0, "今年": 0, "去年": 1, "前年": 2}
_CN_SMALL = {c: i for i, c in enumerate("〇一二三四五六七八九十")}
_ONE_TERM = timedelta(days=int(4.5 * 365))
# ``祝贺他当选菲律宾总统`` with no date and no word of renewal (再次, 连任) is a first election, so a row
# as long as one five- or six-year term (越南国家主席, 韩国总统, 菲律宾总统, 新加坡总统) still tells it;
# longer rows (two terms of four years and more) cannot
_ONE_LONG_TERM = timedelta(days=int(6.1 * 365))
_NEW_IN_OFFICE = re.compile(r"^[^,，。;；]{0,10}?新(?:任|一任|当选的?)?[^,，。;；]{0,4}?(?:总统|总理|首相|主席|国王|总书记|部长|外长|议长)")


@dataclass(frozen=True, slots=True)
class TookOffice:
    """Words telling that a term began: the page's year is ``start.year + shift``.

    ``near``: no date is written (``祝贺裴青山就任…``, ``苏林当选…后的首次出访``), so the page is
    shortly after ``start`` rather than in a fixed year.
    """

    span: Span
    start: date
    shift: int
    near: bool
    words: str


def _small_int(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_SMALL.get(s[1:], 0)
    if s.endswith("十"):
        return 10 * _CN_SMALL.get(s[0], 0)
    if len(s) == 3 and s[1] == "十":
        return 10 * _CN_SMALL.get(s[0], 0) + _CN_SMALL.get(s[2], 0)
    return _CN_SMALL.get(s)


def _office_after(term: Term, after: str) -> int:
    """``就任日本首相``: 2 when the term's office follows the verb, 1 when only its head word does
    (首相, 总理, 书记: ``当选越南共产党中央委员会总书记``), else 0."""
    parts = _office_parts(term.office)
    if any(p in after for p in parts):
        return 2
    return int(any(p[-2:] in after[:10] for p in parts if len(p) >= 2))


def took_office(
    doc: Document, sent: tuple[int, int], at: tuple[int, int], pairs: Callable[[], list[NamedPair]]
) -> TookOffice | None:
    """The term whose start the verb ``text[at]`` (就任, 当选 ...) in sentence ``sent`` tells.

    The person is the tenure name nearest before the verb (``他``/``其``: a person the section names
    with an office); a month (and day) before the verb must be the term's first month (day), and an
    office written after it must be the term's. Only one start year may remain, and the row must
    not last longer than one term (a row spanning re-elections cannot tell which election the words
    mean). Without a date, only ``祝贺…就任`` and ``就任后首次…`` count: both are written shortly
    after the term began.
    """
    by_person, auto = doc.meta.get("tenure_index") or _table()
    if auto is None:
        return None
    text = doc.norm
    s0, e0 = sent
    v0, v1 = at
    if any(text.endswith(w, s0, v0) for w in _RENEWAL) or _WRITTEN_YEAR.search(text, max(s0, v0 - 12), v0):
        return None  # 再次当选; 2021年就任 (the written year says it)
    dm = _TAKE_DATE.search(text, max(s0, v0 - 12), v0)
    head = dm.start() if dm else v0
    month, day = (_small_int(dm["m"]), _small_int(dm["d"])) if dm else (None, None)
    word = dm["yw"] if dm else None
    terms: list[Term] = []
    names = [(last + 1 - len(n), n) for last, n in auto.iter(text, max(s0, head - 30), head)]
    if names:  # the name nearest before the verb (习近平向苏林致贺电,祝贺他当选: 苏林)
        first, who = max(names, key=lambda x: (x[0] + len(x[1]), len(x[1])))
        terms = list(by_person[who])
    elif _PRONOUN.search(text, max(s0, head - 2), head):
        named = pairs()
        terms = [t for p in named for t in p.terms]
        who = "、".join(dict.fromkeys(p.person for p in named))
        first = head - 1
    else:
        return None
    after = text[v1 : min(e0, v1 + 50)]
    after = _fold(_TOOK_PARTY_LINKS.sub(r"\1", after, count=1)[:14])
    level = max((_office_after(t, after) for t in terms), default=0)
    by_office = [t for t in terms if level and _office_after(t, after) == level]
    near = month is None and word is None
    if near:
        cue = "祝贺" in text[max(s0, first - 12) : v0] or _NEAR_AFTER.match(text, v1, e0) is not None
        if not cue or not by_office:
            return None
        terms = by_office
    else:
        terms = by_office or terms
        if month is not None:
            terms = [t for t in terms if t.start.month == month and (day is None or t.start.day == day)]
    today = date.today()
    if any((t.end or today) - t.start > (_ONE_LONG_TERM if near else _ONE_TERM) for t in terms):
        return None  # a row that spans re-elections (习近平 2013-): 今年3月当选 may be any of them
    starts = {t.start for t in terms}
    if len({d.year for d in starts}) != 1 and _NEW_IN_OFFICE.match(after) and len({t.person for t in terms}) == 1:
        starts = {min(starts)}  # "祝贺他当选澳大利亚新总理": a first term, not a re-election
    if len({d.year for d in starts}) != 1:
        return None
    start = min(starts)
    return TookOffice(Span(first, v1, "took-office"), start, _SHIFT[word], near, text[first:v1])
