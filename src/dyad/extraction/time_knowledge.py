"""What the text's own words say about the year: anniversaries, numbered meetings, the lunar calendar.

A page that says ``越柬建交50周年`` is written in 1967 + 50 = 2017; one that mentions
``大湄公河次区域合作第六次领导人会议`` is written around March 2018; ``越南担任今年东盟轮值主席国``
in 2010 or 2020 (a ``YearBound`` until other words pick one), ``新冠肺炎疫情`` in 2020-2023. The
facts behind such phrases are data (``relations.tsv``, ``anniversaries.tsv``,
``recurring_meetings.tsv``, ``yearly_roles.tsv``, ``eras.tsv``, loaded once); this module only
finds the phrases and turns them into ``YearFact`` and ``YearBound`` values with spans.
Lunar-to-Gregorian conversion goes through lunar-python, which costs ~8 ms a lunar year, so
every year's months and every conversion are cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from dyad.data import load_table
from dyad.document import Span
from dyad.extraction.time_grammar import cn_int, ganzhi_index, scan

__all__ = [
    "YearBound",
    "YearFact",
    "country_tokens",
    "festival_date",
    "find_anniversaries",
    "find_ordinal_days",
    "find_partnership_upgrade",
    "upgrade_hits",
    "find_eras",
    "find_hosted_meetings",
    "find_meetings",
    "find_partnership_news",
    "find_role",
    "role_hits",
    "ganzhi_year",
    "lunar_to_solar",
    "parse_iso",
]


@dataclass(frozen=True, slots=True)
class YearFact:
    """A phrase that fixes a year: an anniversary (``year``) or a numbered meeting (``start``..``end``).

    ``cue`` (meetings): "after" when the text places the event after the meeting (成功召开,
    闭幕), "before" when before it (迎接, 前夕), else None.
    """

    span: Span
    kind: str  # anniversary | meeting | role | inauguration | death
    year: int
    text: str
    start: date | None = None
    end: date | None = None
    cue: str | None = None
    day_precise: bool = False
    explicit: bool = False  # the year is written in the text (周年(1960-2025)), not from a table
    told: int = 0  # 去年 (-1) / 明年 (+1) before it: the anniversary year is ``year + told``
    fixed: bool = False  # ``year`` is the page's own year (roles, 今年4月就任), not a meeting to be near
    now: bool = False  # told with 今年 (``今年恰逢建交46周年``): the text says the anniversary is this year
    eve: bool = False  # told as its eve (``建交10周年前夕``): the anniversary is ahead, maybe the next year
    day: date | None = None  # anniversaries: the day it falls on, when the tables give the base day
    place: str = ""  # meetings: the host city of ``recurring_meetings.tsv`` (纽约 for 第73届联合国大会)


def parse_iso(value: str) -> tuple[date, date] | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first and last day it covers."""
    parts = value.strip().split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 1, 1), date(y, 12, 31)
        m = int(parts[1])
        if len(parts) == 2:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        d = date(y, m, int(parts[2]))
        return d, d
    except (ValueError, IndexError):
        return None


# --- the lunar calendar ------------------------------------------------------------------------
@lru_cache(maxsize=512)
def _lunar_months(year: int) -> dict[int, tuple[int, float]] | None:
    """Lunar ``year``'s months (negative when leap) as (day count, Julian day of the 1st).

    Computing a lunar year is the dear part of a conversion (~8 ms) and lunar-python keeps only
    the last year it computed, so a tenure's dates (one day across many years, then another day
    across the same years) recomputed every year each time; here each year is computed once.
    None when lunar-python cannot compute the year.
    """
    from lunar_python import LunarYear

    try:
        months: dict[int, tuple[int, float]] = {}
        for m in LunarYear.fromYear(year).getMonths():
            if m.getYear() == year:  # the first such month, as ``LunarYear.getMonth`` finds it
                months.setdefault(m.getMonth(), (m.getDayCount(), m.getFirstJulianDay()))
        return months
    except Exception:  # lunar-python raises bare Exceptions
        return None


@lru_cache(maxsize=8192)
def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The Gregorian date of lunar ``year``/``month``/``day`` (None when it does not exist).

    What ``Lunar.fromYmd(year, ±month, day).getSolar()`` gives, without the rest of a ``Lunar``
    (jieqi, ganzhi: another lunar year computed), from the year's months cached above.
    """
    from lunar_python import Solar

    months = _lunar_months(year)
    found = None if months is None else months.get(-month if leap else month)
    if found is None or day < 1 or day > found[0]:
        return None
    try:
        s = Solar.fromJulianDay(found[1] + day - 1)
        return date(s.getYear(), s.getMonth(), s.getDay())
    except Exception:  # a lunar day of year 1 falls in the Gregorian year 0, which date() refuses
        return None


@lru_cache(maxsize=1024)
def _qingming(year: int) -> date | None:
    from lunar_python import Lunar

    try:
        s = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    except Exception:
        return None
    return date(s.getYear(), s.getMonth(), s.getDay())


_LUNAR_FESTIVALS = {
    "春节": (1, 1),
    "新春": (1, 1),
    "元宵节": (1, 15),
    "端午节": (5, 5),
    "七夕节": (7, 7),
    "中秋节": (8, 15),
    "重阳节": (9, 9),
    "腊八节": (12, 8),
}
_SOLAR_FESTIVALS = {
    "元旦": (1, 1),
    "元旦节": (1, 1),
    "新年": (1, 1),
    "圣诞节": (12, 25),
    "劳动节": (5, 1),
    "国际劳动节": (5, 1),
    "五一国际劳动节": (5, 1),
    "妇女节": (3, 8),
    "国际妇女节": (3, 8),
    "三八国际妇女节": (3, 8),
    "儿童节": (6, 1),
    "国际儿童节": (6, 1),
    "六一国际儿童节": (6, 1),
}


def festival_date(name: str, label: int) -> date | None:
    """The date of festival ``name`` for year ``label`` (the lunar year for lunar festivals)."""
    if name in _SOLAR_FESTIVALS:
        m, d = _SOLAR_FESTIVALS[name]
        return date(label, m, d)
    if name in _LUNAR_FESTIVALS:
        return lunar_to_solar(label, *_LUNAR_FESTIVALS[name])
    if name == "除夕":  # the eve of the next lunar year's first day
        nxt = lunar_to_solar(label + 1, 1, 1)
        return None if nxt is None else nxt - timedelta(days=1)
    if name == "清明节":
        return _qingming(label)
    return None


def is_lunar_festival(name: str) -> bool:
    return name in _LUNAR_FESTIVALS or name == "除夕"


def ganzhi_year(gz: str, near: int) -> int | None:
    """The lunar year named by stem-branch ``gz`` that lies nearest to year ``near``."""
    idx = ganzhi_index(gz)
    if idx is None:
        return None
    base = 1984 + idx  # 1984 was 甲子
    return min((base + 60 * k for k in range(-40, 40)), key=lambda y: (abs(y - near), y))


# --- countries, for 越柬 / 越南与古巴 ---------------------------------------------------------------
@cache
def _relations() -> dict[tuple[str, str], tuple[date, str]]:
    out = {}
    for row in load_table("relations").rows:
        d = parse_iso(row["established"])
        if d is not None:
            out[(row["country"], row["partner"])] = (d[0], row["established"])
    return out


@cache
def country_tokens() -> dict[str, str]:
    """Written forms (full names and compound abbreviations) of countries, to ISO alpha-3."""
    tokens: dict[str, str] = {}
    for row in load_table("relations").rows:
        for key in ("name", "abbr"):
            if row.get(key):
                tokens.setdefault(row[key], row["country"])
    tokens.setdefault("越南", "VNM")
    tokens.setdefault("越", "VNM")
    tokens.setdefault("中国", "CHN")
    tokens.setdefault("中", "CHN")
    return tokens


@cache
def _shared_tokens() -> dict[str, list[tuple[str, str]]]:
    """One-character forms several countries share (新: Singapore, New Zealand), with each
    country's full name, in table order (the first is the commoner reading)."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for row in load_table("relations").rows:
        abbr = row.get("abbr") or ""
        if len(abbr) == 1 and all(iso != row["country"] for iso, _ in seen.get(abbr, [])):
            seen.setdefault(abbr, []).append((row["country"], row["name"]))
    return {k: v for k, v in seen.items() if len(v) > 1}


def _read_token(token: str, text: str, pos: int) -> str:
    """The country a written form stands for. A shared form (``越新建交50周年``) takes the
    country whose full name the same paragraph writes (``新西兰总理``); when the paragraph names
    neither, the one whose full name was written last before it (the title or lead of the article:
    ``越南与新西兰关系提升为…`` over a later ``今年恰逢越新建交50周年``); else the first row's."""
    choices = _shared_tokens().get(token)
    if not choices:
        return country_tokens()[token]
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    para = text[lo : hi if hi != -1 else len(text)]
    named = [iso for iso, name in choices if name and name in para]
    if len(named) == 1:
        return named[0]
    if not named:
        last = max(((text.rfind(name, 0, lo), iso) for iso, name in choices if name), default=(-1, ""))
        if last[0] >= 0:
            return last[1]
    return choices[0][0]


def countries_before(text: str, pos: int, floor: int) -> list[tuple[int, str]]:
    """Countries written right before ``pos`` (``越老两国``, ``越南与老挝``): (start, ISO), nearest first."""
    return _countries_before(text, pos, floor)


_PAIR_SEP = "与和同、—-–·及 "
_MAX_TOKEN = 8


# the words that may stand between a pair and the relations an anniversary counts (越泰庆祝建交40周年,
# 越柬庆祝两国建交50周年, 越匈两国共同纪念建交70周年)
_MARKING_GAP = ("庆祝", "纪念", "迎来", "喜迎", "共同")


def _countries_before(text: str, pos: int, floor: int, marking: bool = False) -> list[tuple[int, str]]:
    """Country tokens written right before ``pos`` (越柬, 越南与古巴, 越南—古巴两国): nearest first.

    ``marking``: a verb of marking (庆祝, 纪念) may stand between the pair and ``pos``."""
    tokens = country_tokens()
    out: list[tuple[int, str]] = []
    if marking:
        for _ in range(3):
            for sep in ("两国", "双方", "正式", *_MARKING_GAP):
                if text.endswith(sep, floor, pos):
                    pos -= len(sep)
    while pos > floor and len(out) < 2:
        for sep in ("两国", "双方", "正式"):
            if text.endswith(sep, floor, pos):
                pos -= len(sep)
        while pos > floor and text[pos - 1] in _PAIR_SEP:
            pos -= 1
        hit = None
        for n in range(min(_MAX_TOKEN, pos - floor), 0, -1):
            iso = tokens.get(text[pos - n : pos])
            if iso is not None:
                hit = (pos - n, _read_token(text[pos - n : pos], text, pos))
                break
        if hit is None:
            break
        out.append(hit)
        pos = hit[0]
    return out


@cache
def _country_names_rx() -> re.Pattern[str]:
    """Full names, and two-letter compounds (越德两国, 越澳关系) when a pair word follows them."""
    tokens = country_tokens()
    words = [t for t in tokens if len(t) >= 2] + list(_blockers())
    names = "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
    single = "".join(t for t in tokens if len(t) == 1)
    return re.compile(rf"{names}|(?P<a>[{single}])(?P<b>[{single}])(?=两国|双方|关系|建交|友好)")


@cache
def _blockers() -> frozenset[str]:
    """Ordinary words that hold a country's name (``印度洋``: the Indian Ocean, not India), from
    the stop-phrase table: matched as a whole, they name no country."""
    tokens = country_tokens()
    return frozenset(
        row["phrase"]
        for row in load_table("stop_phrases").rows
        if any(h.strip() in tokens for h in (row.get("hides") or "").split("|"))
    )


def _countries_named(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """``越南和澳大利亚于1973年建交。去年,两国庆祝建交50周年``: the countries written just before."""
    tokens = country_tokens()
    found: list[tuple[int, str]] = []
    for m in _country_names_rx().finditer(text, start, end):
        if m["a"]:
            found += [
                (m.start(), _read_token(m["a"], text, m.start())),
                (m.start() + 1, _read_token(m["b"], text, m.start())),
            ]
        elif m.group() not in _blockers():
            found.append((m.start(), tokens[m.group()]))
    others = [f for f in found if f[1] not in {"VNM", "CHN"}]
    if not others:
        return _home_pair(found)
    partner = next((f for f in reversed(found) if f[1] in {"VNM", "CHN"}), None)
    return [others[-1]] + ([partner] if partner else [])


def _home_pair(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``对中国进行国事访问。明年两国将迎来建交75周年``: when Viet Nam and China are the only countries
    named, the two countries are the two home sides themselves (China first, as in relations.tsv);
    China named alone on a page of the Vietnamese agency has Viet Nam as the other side."""
    isos = {iso for _, iso in found}
    if isos == {"CHN"}:
        china = found[-1]
        return [china, (china[0], "VNM")]
    if isos != {"VNM", "CHN"}:
        return []
    return [next(f for f in reversed(found) if f[1] == iso) for iso in ("CHN", "VNM")]


def _relation_year(pair: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Year diplomatic relations began for a pair found by ``_countries_before``."""
    isos = [iso for _, iso in pair]
    rel = _relations()
    if len(isos) == 2:
        a, b = isos
        for key in ((a, b), (b, a)):
            if key in rel and key[1] in {"VNM", "CHN"}:
                return rel[key][0].year, rel[key][1]
        return None
    if len(isos) == 1 and isos[0] not in {"VNM", "CHN"} and (isos[0], "VNM") in rel:
        found = rel[(isos[0], "VNM")]  # a page of the Vietnamese agency: Viet Nam is the other side
        return found[0].year, found[1]
    return None


def _listed_partners_year(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """``越南同匈牙利、罗马尼亚两国建交75周年``: several partners listed before one anniversary
    count it from the same year only when their relations (with Viet Nam, or with China when China
    is the first named) all began that year: (year, start of the list)."""
    tokens = country_tokens()
    isos: list[tuple[int, str]] = []
    for sep in ("两国", "三国", "各国"):
        if text.endswith(sep, floor, pos):
            pos -= len(sep)
            break
    while pos > floor and len(isos) < 6:
        while pos > floor and text[pos - 1] in _PAIR_SEP:
            pos -= 1
        hit = None
        for n in range(min(_MAX_TOKEN, pos - floor), 1, -1):
            iso = tokens.get(text[pos - n : pos])
            if iso is not None:
                hit = (pos - n, iso)
                break
        if hit is None:
            break
        isos.append(hit)
        pos = hit[0]
    anchor = "CHN" if isos and isos[-1][1] == "CHN" else "VNM"
    partners = {iso for _, iso in isos if iso not in {"VNM", "CHN"}}
    if len(partners) < 2:
        return None
    rel = _relations()
    years = {rel[(p, anchor)][0].year if (p, anchor) in rel else None for p in partners}
    if len(years) != 1 or None in years:
        return None
    return years.pop(), isos[-1][0]  # type: ignore[return-value]


def _bracket_year_before(text: str, head: int, n: int) -> int | None:
    """``越南企业家日(2004年10月13日—2024年10月13日)20周年``: the bracket written before ``N周年``."""
    if head <= 0 or text[head - 1] not in ")）":
        return None
    open_at = max(text.rfind("(", max(0, head - 42), head), text.rfind("（", max(0, head - 42), head))
    if open_at < 0:
        return None
    for raw in scan(text, open_at + 1, head - 1):
        if raw.y is not None and raw.y2 is not None and raw.y2 - raw.y == n:
            return raw.y2
    return None


# --- anniversaries ---------------------------------------------------------------------------------
_NUM = r"(?:[0-9]{1,3}|[一二三四五六七八九十百零〇两]{1,6})"
_N_ANNIV = re.compile(rf"(?:第\s*)?(?P<n>{_NUM})\s*周年")
# "越法建交45年来,两国关系…", "两国建交45年以来": the years counted since relations were set up, as
# 建交45周年 counts them
_TIES_SINCE = re.compile(rf"(?<=建交)\s*(?P<n>{_NUM})\s*年(?:以)?来")
_BRACKET = re.compile(r"\s*[(（]([^()（）]{4,40})[)）]")


@cache
def _partnership_rx() -> re.Pattern[str]:
    """The level words of the partnership rows, longest first; the verb may stand before the
    level (``建立战略伙伴关系5周年``) or after it (``越美全面战略伙伴关系建立一周年``)."""
    levels = {
        lvl.strip()
        for row in load_table("anniversaries").rows
        if row["kind"] == "partnership"
        for lvl in row["aliases"].split("|")
        if lvl.strip()
    }
    alt = "|".join(re.escape(v) for v in sorted(levels, key=len, reverse=True))
    return re.compile(
        rf"(?:建立|结成|确立|升级为|建立起)?(?P<lvl>{alt})(?:框架)?(?:建立|确立|结成|升级)?\s*$"
    )
_DIPLOMATIC = re.compile(r"(?:正式)?(?:建交|建立外交关系|外交关系|关系正常化|邦交正常化|关系)\s*$")  # 越美关系正常化25周年
_TRIGGERS = (
    "成立|建立|创立|创建|诞生|诞辰|出生|逝世|去世|辞世|牺牲|"
    "国庆节|国庆|独立日|独立|建国|传统日|胜利|建党|建军"
)
_KIND_TRIGGERS = {
    "founding": {"成立", "建立", "创立", "创建", "诞生", "传统日", "建党", "建军"},
    "birth": {"诞辰", "诞生", "出生"},
    "death": {"逝世", "去世", "辞世", "牺牲"},
    "national-day": {"国庆", "国庆节", "独立", "独立日", "建国", "成立"},
    "event": {"", "胜利"},
}
# A trigger with no name before it, in a Vietnamese agency's text, speaks of Viet Nam.
_BARE_TRIGGER = {
    "建党": "cpv-founding",
    "建军": "vn-army-founding",
    "国庆": "vn-national-day",
    "国庆节": "vn-national-day",
    "独立": "vn-national-day",
}


@cache
def _anniversary_rows() -> tuple[dict[str, list[dict[str, str]]], re.Pattern[str], dict[str, dict[str, str]]]:
    by_alias: dict[str, list[dict[str, str]]] = {}
    by_key: dict[str, dict[str, str]] = {}
    for row in load_table("anniversaries").rows:
        by_key[row["key"]] = row
        if row["kind"] == "partnership":
            continue
        for alias in row["aliases"].split("|"):
            if alias.strip():
                by_alias.setdefault(alias.strip(), []).append(row)
    names = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    # "中国即将迎来建国72周年", "老挝庆祝国庆50周年": a verb of marking may stand between the name and
    # the word counted from, and a bracketed Latin short form after the name ("墨西哥劳动党(PT)成立22周年")
    rx = re.compile(
        rf"(?:(?P<alias>{names})(?:\s*[(（][A-Za-z][A-Za-z0-9 .&\-]{{0,15}}[)）])?(?:的)?"
        rf"(?:(?:即将|将)?(?:迎来|庆祝|纪念|喜迎))?)?(?P<trig>{_TRIGGERS})?\s*$"
    )
    return by_alias, rx, by_key


@cache
def _partnerships() -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(country, level words) -> [(year, date text)] for Viet Nam's (and China's) partnerships."""
    out: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for row in load_table("anniversaries").rows:
        if row["kind"] != "partnership":
            continue
        d = parse_iso(row["date"])
        if d is None:
            continue
        for lvl in row["aliases"].split("|"):
            out.setdefault((row["country"], lvl.strip()), []).append((d[0].year, row["date"]))
    return out


def _bracket_year(text: str, pos: int, n: int) -> tuple[int, int] | None:
    """``周年(1960-2025)``, ``(1918年12月1日—2025年12月1日)``: the end year written and the bracket's end."""
    m = _BRACKET.match(text, pos)
    if m is None:
        return None
    for raw in scan(text, m.start(1), m.end(1)):
        end_year = raw.y2 if raw.y2 is not None else None
        if end_year is None or raw.y is None:
            continue
        if end_year - raw.y == n:
            return end_year, m.end()
    return None


# "2016年成立70周年", "1945年建国75周年": a year written right before the founding word of an
# anniversary whose body the tables do not hold
_YEAR_RIGHT_BEFORE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:成立|建立|建党|建军|建国|独立|创立|创建|诞生)\s*(?:第\s*)?$"
)
_LATEST_ANNIVERSARY = 2035  # a base year plus N past it is no anniversary a page tells


# the last day a bracket after N周年 writes in full: "(1979.1.7-2019.1.7)", "(1967年6月24日—2017年6月24日)"
_BRACKET_END_DAY = re.compile(
    r"[-—–~～至到]\s*(?P<y>(?:19|20)\d{2})\s*[./年]\s*(?P<m>\d{1,2})\s*[./月]\s*(?P<d>\d{1,2})\s*日?\s*[)）]"
)


def find_anniversaries(text: str, start: int, end: int, floor: int | None = None) -> list[YearFact]:
    """``N周年`` phrases in ``text[start:end]`` whose base date is written or known from the tables.

    ``floor``: where the sentence begins (names before it are not read).
    """
    floor = start if floor is None else floor
    out: list[YearFact] = []
    pos = text.find("周年", start, end)
    since = list(_TIES_SINCE.finditer(text, start, end)) if "来" in text[start:end] else []
    if pos < 0 and not since:
        return out
    counted = list(_N_ANNIV.finditer(text, max(start, pos - 8), end)) if pos >= 0 else []
    last_pair: list[tuple[int, str]] = []
    for m in sorted(counted + since, key=lambda x: x.start()):
        n = cn_int(m["n"])
        if n is None or not 1 <= n <= 500:
            continue
        head = m.start()
        lo = max(start, head - 40)
        window = text[lo:head]
        found = _anniversary_base(text, lo, window, head, last_pair, floor)
        bracket = _bracket_year(text, m.end(), n)
        if bracket is not None:
            year, stop = bracket
            s = found[1] if found else head
            # the tie's own day when the tables know it and agree with the bracket: "即将迎来建交50周年
            # (1976-2026)" in April falls after a February anniversary, so in the year before
            day = _on_year(found[3], year) if found is not None and found[0] + n == year else None
            if day is None and (bd := _BRACKET_END_DAY.search(text, m.end(), stop)) is not None and int(bd["y"]) == year:
                # "推翻40周年(1979.1.7-2019.1.7)纪念活动前夕": the bracket writes the anniversary's own day
                try:
                    day = date(year, int(bd["m"]), int(bd["d"]))
                except ValueError:
                    day = None
            out.append(
                YearFact(Span(s, stop, "anniversary"), "anniversary", year, text[s:stop], explicit=True, day=day)
            )
            continue
        if found is None:
            found = _anniversary_base_after(text, head, m.end(), end, last_pair, floor)
        if found is None:
            before = _bracket_year_before(text, head, n)
            if before is not None:
                out.append(YearFact(Span(head, m.end(), "anniversary"), "anniversary", before, text[head : m.end()]))
                continue
            written = _YEAR_RIGHT_BEFORE.search(text, max(start, head - 14), head)
            if written is not None:
                # "在巫统2016年成立70周年的背景下": the year the anniversary falls in (a base year would
                # put it after the page's time: 2016 + 70); "1945年成立75周年": the founding year
                y = int(written["y"])
                year = y + n if y + n <= _LATEST_ANNIVERSARY else y
                out.append(
                    YearFact(Span(written.start(), m.end(), "anniversary"), "anniversary", year, text[written.start() : m.end()], explicit=True)
                )
            continue
        base_year, s, pair, base_day = found
        if pair:
            last_pair = pair
        if _DESIGNATED_YEAR.search(text, max(floor, head - 80), head):
            continue  # "一致同意将2022年定为…友好年,庆祝两国建交60周年": a year set aside ahead, not the page's
        out.append(
            YearFact(
                Span(s, m.end(), "anniversary"), "anniversary", base_year + n, text[s : m.end()],
                day=_on_year(base_day, base_year + n),
            )
        )
    return out


_DESIGNATED_YEAR = re.compile(r"将\s*(?:19|20)\d{2}\s*年(?:定为|确定为|确立为)[^。;；]{0,70}$")


# the words a party's name ends with before 党 (共产党, 人民党, 劳动党, 革命党 ...): a bare 党 after
# them is that party's, whose founding the tables may not hold
_OTHER_PARTY_TAIL = re.compile(r"(?:共产|人民|劳动|革命|民主|社会|工人|进步|民族|联合|国大|统一|正义|自由|行动)$")


# "值美国第244个独立日(1776/7/4-2020/7/4)之际": the Nth national day with the bracket of its years
ORDINAL_DAY = re.compile(rf"第\s*(?P<n>{_NUM})\s*个[^\s(（)）,，。;；、]{{1,6}}?(?:日|节)(?=\s*[(（])")


# "越南迎来第80个国庆", "新加坡第60个国庆节": the Nth national day of a country the tables date, with
# no bracket of years after it: the national day N years after the founding (as 国庆80周年)
ORDINAL_NATIONAL_DAY = re.compile(rf"第\s*(?P<n>{_NUM})\s*个\s*(?:国庆节|国庆日|国庆(?![节日]))(?!\s*[(（])")


def _ordinal_national_days(text: str, start: int, end: int) -> list[YearFact]:
    """``越南迎来第80个国庆``: the country named before it (or Viet Nam, bare) and its founding day."""
    out: list[YearFact] = []
    by_alias, rx, by_key = _anniversary_rows()
    for m in ORDINAL_NATIONAL_DAY.finditer(text, start, end):
        n = cn_int(m["n"])
        if n is None or not 1 <= n <= 300:
            continue
        lo = max(start, m.start() - 12)
        am = rx.search(text[lo : m.start()])
        alias = am["alias"] if am is not None and am["trig"] is None else None
        if alias is None and any(
            len(name) > 1 and iso != "VNM" and name in text[lo : m.start()] for name, iso in country_tokens().items()
        ):
            continue  # "老挝人民迎来第50个国庆": another country's, not matched as a whole, is not Viet Nam's
        rows = by_alias.get(alias, []) if alias else [by_key[_BARE_TRIGGER["国庆"]]]
        days = [parse_iso(r["date"]) for r in rows if r["kind"] == "national-day"]
        years = {d[0].year for d in days if d is not None}
        if len(years) != 1:
            continue
        s = lo + am.start() if alias and am is not None else m.start()
        out.append(YearFact(Span(s, m.end(), "anniversary"), "anniversary", years.pop() + n, text[s : m.end()]))
    return out


def find_ordinal_days(text: str, start: int, end: int) -> list[YearFact]:
    """``第244个独立日(1776/7/4-2020/7/4)``: an Nth national day whose bracket spans N years;
    ``越南迎来第80个国庆``: an Nth national day of a country the tables date."""
    out: list[YearFact] = _ordinal_national_days(text, start, end)
    for m in ORDINAL_DAY.finditer(text, start, end):
        n = cn_int(m["n"])
        if n is None or not 1 <= n <= 500:
            continue
        bracket = _bracket_year(text, m.end(), n)
        if bracket is not None:
            year, stop = bracket
            out.append(
                YearFact(Span(m.start(), stop, "anniversary"), "anniversary", year, text[m.start() : stop], explicit=True)
            )
    return out


# "两国关系提升为", "两国建立": the story's two countries, their tie named next
_BOTH_PARTNERS = re.compile(r"两国(?:关系)?[^,，。;；]{0,8}?(?:提升为|升级为|建立|确立|结成)?(?:了)?$")
# ("恰逢两国建立外交关系50周年": relations written out in full, as 建交 is)
_BOTH_COUNTRIES = re.compile(r"两国[^,，。;；]{0,8}?(?:庆祝|纪念|迎来|喜迎)?(?:正式)?(?:建交|建立外交关系)\s*$")
# ("两国即将举行多项活动,庆祝建交50周年", "双方为纪念建交40周年": the two sides named further back in
# the sentence, the marking verb right before the relations)
_BOTH_MARKING = re.compile(r"(?:两国|双方)[^。;；]{0,24}?(?:庆祝|纪念|迎来|喜迎)(?:两国)?(?:正式)?(?:建交|建立外交关系)\s*$")


# "东盟-印度战略伙伴关系", "中国—东盟建立战略伙伴关系", "东盟与日本关系建立", "东盟——中国" (a doubled
# dash): ASEAN and a partner, then
# the tie (a level of the partnership rows, or bare relations, counted from the dialogue row);
# "东盟-美国建交45周年" (relations established, told with 建交) is the bare relations too
_ASEAN_TIE = re.compile(
    r"(?:东盟\s*(?:[-—–－]{1,2}|[与和同])?\s*(?P<a>[\u4e00-\u9fff]{2,6}?)"
    r"|(?P<b>[\u4e00-\u9fff]{2,6}?)\s*(?:[-—–－]{1,2}|[与和同])?\s*东盟)"
    r"\s*(?:两国|双方)?\s*(?:(?:建立|结成|确立|升级为)?(?P<tie>[\u4e00-\u9fff]{0,10}?关系)(?:框架)?(?:建立|确立|结成|升级)?"
    r"|(?P<fc>友好合作)|(?:正式)?(?P<est>建交))\s*$"
)
# what follows the partner's name when the lazy name above stopped short of it (东盟-俄罗斯战略伙伴关系
# read as 俄罗 + 斯战略伙伴关系); "东盟—日本友好合作50周年" counts the dialogue relations
_ASEAN_TIE_TAIL = re.compile(
    r"\s*(?:两国|双方)?\s*(?:(?:建立|结成|确立|升级为)?(?P<tie>[\u4e00-\u9fff]{0,10}?关系)(?:框架)?(?:建立|确立|结成|升级)?"
    r"|(?P<fc>友好合作)|(?:正式)?(?P<est>建交))\s*$"
)


def _asean_ties(text: str, lo: int, window: str) -> tuple[int, int, list[tuple[int, str]]] | None:
    """(base year, start, pair) for ties between ASEAN and a partner (the ``ASEAN-`` rows)."""
    m = _ASEAN_TIE.search(window)
    if m is None:
        return None
    tokens = country_tokens()
    start, name, tie_m = lo + m.start(), m["a"] or m["b"], m
    if m["a"] is not None and name not in tokens:
        # the longest name written after ASEAN (澳大利亚, not 澳大), and the tie after that name
        at = m.start("a")
        name = next((window[at : at + n] for n in range(min(_MAX_TOKEN, len(window) - at), 1, -1) if window[at : at + n] in tokens), "")
        tie_m = _ASEAN_TIE_TAIL.match(window, at + len(name)) if name else None
        if tie_m is None:
            return None
    elif m["b"] is not None and name not in tokens:
        # "越南祝贺印度—东盟战略伙伴关系": the name that ends right before ASEAN, words before it left out
        name = next((name[i:] for i in range(1, len(name) - 1) if name[i:] in tokens), "")
        start = lo + m.end("b") - len(name)
    iso = tokens.get(name)
    if iso is None:
        return None
    tie = tie_m["tie"] or "关系"  # 建交, 友好合作: the relations themselves
    for row in load_table("anniversaries").rows:
        if row["kind"] != "partnership" or not row["key"].startswith("ASEAN-") or row["country"] != iso:
            continue
        levels = {a.strip() for a in row["aliases"].split("|")}
        if tie in levels or (tie in {"关系", "伙伴关系"} and row["key"].endswith("-dialogue")):
            d = parse_iso(row["date"])
            if d is not None:
                return d[0].year, start, [(start, iso)]
    return None


# "回顾40周年越新关系的发展历程": the pair and its relations written right after the count
_RELATIONS_AFTER = re.compile(r"[^\s\d,，。;；:：()（）]{2,10}?(?:两国)?(?:外交)?关系")


def _anniversary_base_after(
    text: str, head: int, at: int, end: int, last_pair: list[tuple[int, str]], floor: int
) -> tuple[int, int, list[tuple[int, str]], date | None] | None:
    """The base of ``N周年`` from a country pair and its relations told right after the count
    (``40周年越新关系``): only when the pair starts right at the count's end."""
    rm = _RELATIONS_AFTER.match(text, at, end)
    if rm is None:
        return None
    found = _anniversary_base(text, at, text[at : rm.end()], rm.end(), last_pair, floor)
    if found is None or found[1] != at or not found[2]:
        return None
    return found[0], head, found[2], found[3]


def _anniversary_base(
    text: str, lo: int, window: str, head: int, last_pair: list[tuple[int, str]], floor: int = 0
) -> tuple[int, int, list[tuple[int, str]]] | None:
    """(base year, start of the phrase, country pair used, base day when the tables give it) for
    the words before ``N周年``."""
    asean = _asean_ties(text, lo, window)
    if asean is not None:  # "东盟-印度战略伙伴关系10周年": ASEAN's ties, not Viet Nam's with India
        return (*asean, None)
    pm = _partnership_rx().search(window)
    if pm is not None:
        s = lo + pm.start()
        pair = _countries_before(text, s, lo) or last_pair or _countries_named(text, lo, s)
        told_before = False
        if not pair and _BOTH_PARTNERS.search(window, 0, pm.start()):
            # "今年是两国关系提升为全面战略伙伴关系一周年" with no country in its sentence: the two the
            # story has named before (a Japanese ambassador received in Viet Nam)
            pair, told_before = _countries_named(text, max(0, s - 400), s), True
        others = [iso for _, iso in pair if iso not in {"VNM", "CHN"}]
        if not others and {"VNM", "CHN"} <= {iso for _, iso in pair}:
            others = ["CHN"]  # Viet Nam–China ties: the row's partner is China itself
        years = _partnerships().get((others[0], pm["lvl"]), []) if others else []
        if years:
            first = pair[-1][0] if pair and pair is not last_pair and not told_before else s
            return years[0][0], first, pair, None
        return None
    dm = _DIPLOMATIC.search(window)
    if dm is not None:
        s = lo + dm.start()
        pair = _countries_before(text, s, lo, marking=True) or _countries_named(text, max(floor, s - 80), s)
        if not pair and (_BOTH_COUNTRIES.search(window) or _BOTH_MARKING.search(window)):
            # "在两国纪念建交65周年的背景下" with no country in its sentence: the two the story has
            # named before (a visit to Viet Nam by a Chinese delegation, the paragraph above)
            pair = _countries_named(text, max(0, s - 400), floor)
        rel = _relation_year(pair) if pair else None
        if rel is not None:
            return rel[0], min(p for p, _ in pair) if pair[0][0] >= lo else s, pair, _iso_day(rel[1])
        listed = _listed_partners_year(text, s, lo)
        if listed is not None:
            return listed[0], listed[1], [], None
        if dm.group().strip() not in {"关系", "外交关系"}:
            return None
    by_alias, rx, by_key = _anniversary_rows()
    am = rx.search(window)
    if am is None or (am["alias"] is None and am["trig"] is None):
        return None
    trig = am["trig"] or ""
    if am["alias"] == "党" and _OTHER_PARTY_TAIL.search(window, 0, am.start()):
        return None  # "法国共产党成立100周年": 党 ends another party's name, not the CPV's bare 党
    rows = by_alias.get(am["alias"], []) if am["alias"] else []
    if not rows and trig in _BARE_TRIGGER:
        rows = [by_key[_BARE_TRIGGER[trig]]] if _BARE_TRIGGER[trig] in by_key else []
    for row in rows:
        if trig in _KIND_TRIGGERS.get(row["kind"], set()):
            d = parse_iso(row["date"])
            if d is not None:
                return d[0].year, lo + am.start(), [], _iso_day(row["date"])
    return None


def _iso_day(value: str) -> date | None:
    """``YYYY-MM-DD`` as a date; a year or a month alone gives None."""
    value = value.strip()
    if len(value) != 10:
        return None
    d = parse_iso(value)
    return d[0] if d is not None else None


def _on_year(day: date | None, year: int) -> date | None:
    """The base day's month and day in the anniversary year (29 February: the 28th)."""
    if day is None:
        return None
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


# --- partnerships set up in a year told by a year word ----------------------------------------------
# "越澳两国去年3月建立战略伙伴关系", "去年10月,越法两国将关系提升为全面战略伙伴关系": the partnership's
# date (anniversaries.tsv) is the year the word names, so the page is one year (去年) or two (前年) later
@cache
def _upgrade_rx() -> re.Pattern[str]:
    levels = {
        lvl.strip()
        for row in load_table("anniversaries").rows
        if row["kind"] == "partnership" and not row["key"].startswith("ASEAN")
        for lvl in row["aliases"].split("|")
        if lvl.strip()
    }
    alt = "|".join(re.escape(v) for v in sorted(levels, key=len, reverse=True))
    # "提升为致力于亚洲和平与繁荣的广泛战略伙伴关系": what the partnership is for may stand before its level
    return re.compile(rf"(?:建立|结成|确立|提升为|升级为|升格为|提升至)(?:了)?(?:致力于[^,，。;；]{{1,16}}?的)?(?P<lvl>{alt})")


_UPGRADE_YEAR_WORD = re.compile(
    r"(今年|去年|前年)(?!是|也是|适逢|恰逢|正值|正逢)\s*(?:(?P<m>[0-9]{1,2})\s*月(?:份)?(?:\s*[0-9]{1,2}\s*日)?)?"
)
# "…关系10周年", "…关系(2008—2023年)15周年": the years in brackets do not count against the reach
_COUNTED_SINCE = re.compile(r"(?:\s*[(（][^()（）]{0,16}[)）])?[^,，。;；]{0,12}?(?:周年|走过|以来|年来|纪念)")


# "2022年前9个月达到11亿美元", "2023年1—10月,两国贸易额…", "2024年上半年同比增长": a figure of the
# year so far, the latest the story can cite, so the story is told after that stretch (in its year or
# just after). A target (到/力争/预计 2025年上半年…) is not one.
_TO_DATE = re.compile(
    r"(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?:"
    r"(?:前|头)\s*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*(?:个\s*月|月(?![0-9]{1,2}\s*日))"  # also "2016年前9月"
    r"|1\s*(?:—|–|-|~|～|至|到)\s*(?P<m>[0-9]{1,2})\s*月"
    r"|(?P<half>上半年)"
    r"|第(?P<q>[一二三])季度"
    r")"
    r"(?=[^。;；]{0,24}?(?:达到?|为|同比|增长|下降|减少|超过|约|贸易|进出口|出口|进口|投资|吸引|接待|总额|营业额))"
)
_TO_DATE_TARGET = re.compile(r"(?:到|至|力争|争取|预计|计划|目标|有望|将|预测|截至)\s*$")
# "2016年和今年": a past year and this year told side by side, so this year is the one after it
# (``times`` gives the 今年 that year; the figure below dates the story by it)
YEAR_AND_THIS_YEAR = r"(?P<y>(?:19|20)[0-9]{2})\s*年(?:全年)?\s*(?:和|及|与|以及|、)\s*今年"
# "2016年和今年前9月,该省引进外资达40亿美元": the year written and this year's months so far, told
# together, so this year is the one after the year written
_TO_DATE_AFTER_YEAR = re.compile(
    YEAR_AND_THIS_YEAR + r"\s*"
    r"(?:前|头)\s*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*(?:个\s*月|月(?![0-9]{1,2}\s*日))"
    r"(?=[^。;；]{0,24}?(?:达到?|为|同比|增长|下降|减少|超过|约|贸易|进出口|出口|进口|投资|吸引|接待|总额|营业额))"
)


# "截至2021年8月底,该国在越投资项目达…", "截至2019年10月为止,双边贸易额达…": a figure counted up to a
# month (not a day, nor December, a whole year's), the latest the story can cite: told after that month
_TO_DATE_CUTOFF = re.compile(
    r"(?:截至|截止)(?:到)?\s*(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?P<m>[0-9]{1,2})\s*月"
    r"(?!\s*[0-9]{1,2}\s*日)(?:底|末|份|中旬|下旬|上旬|初)?(?:为止)?"
    r"(?=[^。;；]{0,24}?(?:达到?|为|同比|增长|下降|减少|超过|约|贸易|进出口|出口|进口|投资|吸引|接待|总额|营业额))"
)


def find_year_to_date(text: str, start: int, end: int) -> list[YearFact]:
    """Figures of a year so far (``2022年前9个月``), each a fact dating the story just after them."""
    found: list[YearFact] = []
    for m in _TO_DATE_CUTOFF.finditer(text, start, end):
        last, y = int(m["m"]), int(m["y"])
        if not 1 <= last <= 11:
            continue
        told_from = date(y, last, 1)
        span = Span(m.start("y"), m.end(), "year-to-date")
        found.append(YearFact(span, "year-to-date", y, m.group()[m.start("y") - m.start():], told_from, told_from, "after"))
    for m in _TO_DATE.finditer(text, start, end):
        if _TO_DATE_TARGET.search(text, max(start, m.start() - 6), m.start()):
            continue
        if m["half"]:
            last = 6
        elif m["q"]:
            last = 3 * "一二三".index(m["q"]) + 3
        else:
            last = (cn_int(m["n"]) if m["n"] else int(m["m"])) or 0
        if not 1 <= last <= 11:
            continue
        y = int(m["y"])
        # the figures of a stretch come out in its last weeks (上半年 on 29 June): told from then on
        told_from = date(y, last, 1)
        span = Span(m.start(), m.end(), "year-to-date")
        found.append(YearFact(span, "year-to-date", y, m.group(), told_from, told_from, "after"))
    for m in _TO_DATE_AFTER_YEAR.finditer(text, start, end):
        last, y = cn_int(m["n"]) or 0, int(m["y"]) + 1
        if not 1 <= last <= 11:
            continue
        told_from = date(y, last, 1)
        span = Span(m.start(), m.end(), "year-to-date")
        found.append(YearFact(span, "year-to-date", y, m.group(), told_from, told_from, "after"))
    return found


# --- a death told as the news ----------------------------------------------------------------------
# "就武元甲大将逝世致唁电", "对原越共中央总书记X同志逝世表示深切哀悼", "为X逝世举行吊唁仪式": the
# death of someone a ``death`` row of ``anniversaries.tsv`` names, told as what the story reacts to
# (not 逝世N周年, an anniversary, nor 逝世后, a look back)
_DEATH_WORDS = r"(?:逝世|去世|辞世)"
_DEATH_NOT_NEWS = re.compile(r"\s*(?:第?\s*[0-9一二三四五六七八九十百]+\s*周年|周年|纪念|后|以后|以来|前)")


@cache
def _death_news_rx() -> tuple[re.Pattern[str], dict[str, date]]:
    days: dict[str, date] = {}
    for row in load_table("anniversaries").rows:
        if row["kind"] != "death":
            continue
        d = parse_iso(row["date"])
        if d is None or d[0] != d[1]:
            continue  # only a known day places the story after it
        for alias in row["aliases"].split("|"):
            if alias.strip():
                days[alias.strip()] = d[0]
    names = "|".join(re.escape(a) for a in sorted(days, key=len, reverse=True)) or "(?!)"
    rx = re.compile(
        # "深切哀悼X同志的逝世": the mourning told before the name, like 就/对
        rf"(?:就|对|因|为|获悉|惊悉|得知|哀悼)[^,，。;；!?！？]{{0,24}}?(?P<alias>{names})"
        rf"[^,，。;；!?！？\d]{{0,6}}?{_DEATH_WORDS}"
    )
    return rx, days


def find_death_news(text: str, start: int, end: int) -> list[YearFact]:
    """A death told as the news: the story's year-less days come in the weeks after that day."""
    rx, days = _death_news_rx()
    found: list[YearFact] = []
    for m in rx.finditer(text, start, end):
        if _DEATH_NOT_NEWS.match(text, m.end()):
            continue
        day = days[m["alias"]]
        span = Span(m.start("alias"), m.end(), "death")
        found.append(YearFact(span, "death", day.year, text[m.start("alias") : m.end()], day, day, "after"))
    return found


def upgrade_hits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _upgrade_rx().finditer(text, start, end)]


def find_partnership_upgrade(text: str, start: int, end: int, floor: int, at: int) -> YearFact | None:
    """The partnership set up at ``at`` (in the sentence ``text[start:end]``) when a year word
    (今年, 去年, 前年) before it in the sentence says when: an ``anniversary`` fact of the year the
    partnership began (the year word then moves the page's year, as for ``去年…建交50周年``).

    The pair is read from the sentence or the words just before it; a month written with the
    year word must be the partnership's month."""
    m = _upgrade_rx().match(text, at)
    if m is None or _COUNTED_SINCE.match(text, m.end()):
        return None  # "今年是…建立战略伙伴关系10周年": an anniversary counted, not a year the words give
    words = list(_UPGRADE_YEAR_WORD.finditer(text, max(start, at - 30), at))
    if not words or len(re.findall(r"[,，]", text[words[-1].end() : at])) > 1:
        return None  # no year word, or one clauses away, about something else
    w = words[-1]
    pair = _countries_named(text, max(floor, start - 80), at)
    others = [iso for _, iso in pair if iso not in {"VNM", "CHN"}]
    if not others and {"VNM", "CHN"} <= {iso for _, iso in pair}:
        others = ["CHN"]
    if not others:
        return None
    for row in load_table("anniversaries").rows:
        if (
            row["kind"] != "partnership"
            or row["key"].startswith("ASEAN")
            or row["country"] != others[0]
            or m["lvl"] not in {a.strip() for a in row["aliases"].split("|")}
        ):
            continue
        d = parse_iso(row["date"])
        if d is None:
            continue
        month_known = len(row["date"]) >= 7
        if w["m"] is not None and month_known and int(w["m"]) != d[0].month:
            continue
        span = Span(w.start(), m.end(), "anniversary")
        return YearFact(span, "anniversary", d[0].year, text[w.end() : m.end()])
    return None


# "两位领导一致同意将越新关系提升为…", "发表关于将越南与欧盟关系提升为…的联合声明": the upgrade told
# as the story's own news (not one 已/曾 done, nor one written with its year, nor counted since)
_UPGRADE_NEWS_CUE = re.compile(r"(?:同意|决定|宣布|关于)[^,，。;；]{0,6}?将[^,，。;；]{0,30}$")
_UPGRADE_DONE = re.compile(r"已|曾|(?:19|20)[0-9]{2}\s*年")
# "2011年,两国领导一致同意将两国关系提升为…": the clause's own year, a few words before the cue, tells
# the upgrade as a past step, not the story's news
_UPGRADE_YEAR_BEFORE = re.compile(r"(?:19|20)[0-9]{2}\s*年[^。;；]{0,12}$")


def find_partnership_news(text: str, start: int, end: int, floor: int, at: int) -> YearFact | None:
    """The partnership the sentence ``text[start:end]`` tells two sides agree to raise at ``at``
    (``一致同意将越新关系提升为全面战略伙伴关系``): a ``upgrade`` fact on the day ``anniversaries.tsv``
    gives for it, so the story's year-less days take the year nearest that day."""
    m = _upgrade_rx().match(text, at)
    if m is None or not m.group().startswith(("提升", "升级", "升格")) or _COUNTED_SINCE.match(text, m.end()):
        return None
    cue = _UPGRADE_NEWS_CUE.search(text, max(start, at - 40), at)
    if cue is None or _UPGRADE_DONE.search(text, max(start, cue.start() - 8), at):
        return None
    if _UPGRADE_YEAR_BEFORE.search(text[max(start, cue.start() - 20) : cue.start()]):
        return None
    pair = _countries_named(text, max(floor, start - 80), at)
    others = {iso for _, iso in pair if iso not in {"VNM", "CHN"}}
    if len(others) != 1:
        return None  # "两国关系" with no country, or several, before it: whose partnership is unknown
    other = others.pop()
    for row in load_table("anniversaries").rows:
        if (
            row["kind"] != "partnership"
            or not row["key"].startswith("VNM-")
            or row["country"] != other
            or m["lvl"] not in {a.strip() for a in row["aliases"].split("|")}
        ):
            continue
        d = parse_iso(row["date"])
        if d is None:
            continue
        span = Span(cue.start(), m.end(), "upgrade")
        return YearFact(span, "upgrade", d[0].year, text[cue.start() : m.end()], d[0], d[1], None, len(row["date"]) == 10)
    return None


# --- numbered meetings ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Meeting:
    name: str
    ordinal: int
    start: date
    end: date
    day_precise: bool
    place: str


@dataclass(frozen=True, slots=True)
class _Template:
    prefix: str
    style: str  # "th" (第{n}次/届) or "da" ({n}大)
    suffix: str
    name: str


_ORDINAL = re.compile(
    rf"(?=[第一二三四五六七八九十0-9首])(?:第\s*(?P<n>{_NUM})\s*[次届]|(?P<m>[一二三四五六七八九十]{{1,3}}|[0-9]{{1,2}})大"
    r"|(?P<first>首)[次届])"  # 首届“一带一路”国际合作高峰论坛: the first of a series, ordinal 1
)
_AFTER_CUE = re.compile(r"^.{0,4}?(?:成功召开|胜利闭幕|圆满成功|闭幕|结束|之后|后|以来|成果|决议|精神)")
_BEFORE_CUE = re.compile(r"(?:迎接|筹备|喜迎|准备)\S{0,4}$")
# "祝贺…第二十次全国代表大会和第十四届全国人大第一次会议的成功召开": a second meeting joined before the cue
_JOINED_AFTER_CUE = re.compile(r"(?:和|及|与|以及|、)[^,，。;；]{2,28}?的?(?:成功召开|胜利闭幕|圆满成功)")
# ``在越共第十二次全国代表大会上连任总书记后首次访华`` (also the short form without ``上``:
# ``在越共十二大当选总书记后``): an election held at the meeting, and the event told after it
# (the office may take more than the four characters _AFTER_CUE allows)
_ELECTED_AT_CUE = re.compile(r"上?(?:再次|继续)?(?:连任|当选|获选|被选为)[^,，。;；]{0,12}?(?:之后|后|以来)")
_BEFORE_AFTER = re.compile(r"^.{0,4}?(?:召开前|前夕|之前|即将召开|筹备)|^的?(?:协调配合|筹备|准备)工作")
# "两国国防部成功举办越中第七次边境国防友好交流活动(2022年4月)": a meeting the page says was held
_HELD_BEFORE_CUE = re.compile(r"(?:成功|顺利)(?:举办|举行|召开)(?:了)?$")


@cache
def _meetings() -> tuple[dict[tuple[str, int], _Meeting], tuple[_Template, ...]]:
    table: dict[tuple[str, int], _Meeting] = {}
    templates: list[_Template] = []
    seen: set[str] = set()
    aliases = ""
    for row in load_table("recurring_meetings").rows:
        name = row["name"]
        aliases = row["aliases"] or (aliases if name in seen else "")
        s, e = parse_iso(row["start"]), parse_iso(row["end"] or row["start"])
        if s is None or e is None:
            continue
        precise = len(row["start"]) == 10
        table[(name, int(row["ordinal"]))] = _Meeting(
            name, int(row["ordinal"]), s[0], e[1], precise, row["place"]
        )
        if name in seen:
            continue
        seen.add(name)
        for alias in aliases.split("|"):
            alias = alias.strip()
            if "{n}" not in alias:
                continue
            before, after = alias.split("{n}", 1)
            if before.endswith("第") and after[:1] in {"次", "届"}:
                templates.append(_Template(before[:-1], "th", after[1:], name))
            elif after.startswith("大"):
                templates.append(_Template(before, "da", after[1:], name))
    return table, tuple(templates)


@cache
def _bare_names() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The series names written without a number (``二十国集团(G20)峰会``), from ``aliases`` forms
    with no ``{n}``: such a mention fixes a meeting only with the place it was held (see
    ``find_hosted_meetings``)."""
    bare: dict[str, str] = {}
    aliases = ""
    seen: set[str] = set()
    for row in load_table("recurring_meetings").rows:
        name = row["name"]
        aliases = row["aliases"] or (aliases if name in seen else "")
        if name in seen:
            continue
        seen.add(name)
        for alias in aliases.split("|"):
            alias = alias.strip()
            if alias and "{n}" not in alias:
                bare.setdefault(alias, name)
    if not bare:
        return None, bare
    return re.compile("|".join(re.escape(a) for a in sorted(bare, key=len, reverse=True))), bare


@cache
def _place_countries() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_table("places").rows:
        if row["country"]:
            for name in [row["name"], *row["aliases"].split("|")]:
                if name.strip():
                    out.setdefault(name.strip(), row["country"])
    return out


_NUMBERED_BEFORE = re.compile(r"第\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})\s*[次届]\s*$")


def find_hosted_meetings(text: str, start: int, end: int) -> list[YearFact]:
    """A series named without its number and the place it was held, in one clause: ``在南非出席
    二十国集团(G20)峰会期间`` is the 2025 summit, the only one of the series (``recurring_meetings.tsv``)
    held in South Africa; a place that held several of its meetings (or none) fixes nothing."""
    rx, bare = _bare_names()
    if rx is None:
        return []
    table, _ = _meetings()
    places = _place_countries()
    out: list[YearFact] = []
    for m in rx.finditer(text, start, end):
        if _NUMBERED_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "第20次二十国集团领导人峰会": the numbered form says it (find_meetings)
        # the host told in the mention's own clause (在南非出席…峰会期间, …峰会在约翰内斯堡举行), not a
        # country of someone met later in the sentence (会见了印度总理…)
        s0 = max(text.rfind(c, start, m.start()) for c in "。!?！？;；,，\n") + 1
        ends = [i for i in (text.find(c, m.end(), end) for c in "。!?！？;；,，\n") if i != -1]
        e0 = min(ends) if ends else end
        named = {iso for _pos, iso in _countries_in(text, s0, e0)}
        series = [v for (n, _o), v in table.items() if n == bare[m.group()]]
        held = [
            v
            for v in series
            if (v.place and text.find(v.place, s0, e0) != -1)
            or places.get(v.place) in named
        ]
        if len(held) != 1:
            continue
        v = held[0]
        out.append(
            YearFact(
                Span(m.start(), m.end(), "meeting"), "meeting", v.start.year, m.group(), v.start, v.end,
                _cue(text, m.start(), m.end()), v.day_precise,
            )
        )
    return out


@cache
def _templates_by_suffix() -> dict[tuple[str, str], tuple[_Template, ...]]:
    """Templates keyed by (style, first character of the suffix): one dict look-up per ordinal."""
    out: dict[tuple[str, str], list[_Template]] = {}
    for t in _meetings()[1]:
        out.setdefault((t.style, t.suffix[:1]), []).append(t)
    return {k: tuple(v) for k, v in out.items()}


_GAP = re.compile(
    r"(?:(?P<yw>今年|去年|明年|前年)\s*)?(?:于|在)?\s*(?:[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)?\s*"
    r"(?:成功|顺利|隆重|胜利)?(?:召开|举行)了?\s*$"
)
# "第38届和39届…峰会": a second number (with or without 第) joined to the first, before the series
_ORDINAL_PAIR = re.compile(rf"(?:和|与|及|、)\s*(?:第\s*)?{_NUM}\s*[次届]")
_PAIR_NUM = re.compile(rf"(?P<k>{_NUM})\s*[次届]$")
_GAP_SHIFT = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
# a year word earlier in the clause that tells the meeting (去年11月他赴岘港出席…第N次…会议)
_YEAR_WORD_BACK = re.compile(
    r"(?P<yw>今年|去年|明年|前年)\s*(?:[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?(?:上旬|中旬|下旬|初|底)?)?[^。!?！？;；,，\n\d年]{0,16}$"
)
# a year written right before the series: "于2021年9月在第76届联合国大会上与…会晤" (a past meeting the
# text dates itself, which says nothing of the page's own year)
_WRITTEN_YEAR_BACK = re.compile(r"(?:19|20)[0-9]{2}\s*年\s*(?:[0-9]{1,2}\s*月(?:份|上旬|中旬|下旬|初|底)?)?\s*(?:在|于)\s*$")
# a short name in brackets right before the number, Latin or Chinese, perhaps with 的: "亚太经合组织(APEC)第23次…",
# "东盟地区论坛(ARF)第22届…", "澜沧江-湄公河合作(澜湄合作)第2次…", "各国议会联盟(IPU)的第140届…"
_ABBR_BEFORE = re.compile(
    r"[(（]\s*(?:[A-Za-z][A-Za-z0-9+\- ]{1,10}|[\u4e00-\u9fff]{2,6})\s*[)）]\s*的?\s*$"
)


@cache
def _spaced_suffix(suffix: str) -> re.Pattern[str]:
    """A series' words after the number with a blank allowed just inside its brackets."""
    return re.compile(re.escape(suffix).replace(r"\(", r"\(\s?").replace("（", "（\\s?").replace(r"\)", r"\s?\)").replace("）", "\\s?）"))


def _suffix_end(text: str, pos: int, suffix: str) -> int:
    """Where ``suffix`` written at ``pos`` ends, or -1; "( GMS-" and "(GMS-" alike (a crawl's blank
    just inside a short name's brackets changes nothing)."""
    if text.startswith(suffix, pos):
        return pos + len(suffix)
    if "(" not in suffix and "（" not in suffix and ")" not in suffix and "）" not in suffix:
        return -1
    m = _spaced_suffix(suffix).match(text, pos)
    return m.end() if m else -1


def find_meetings(text: str, start: int, end: int) -> list[YearFact]:
    """Numbered meetings of ``recurring_meetings.tsv`` named in ``text[start:end]``.

    The series may stand before a date and a verb (``古巴共产党今年4月成功召开第八次全国代表大会``);
    a year word there fixes the page's year (``去年…召开的``: the meeting's year + 1).
    """
    table, _ = _meetings()
    by_suffix = _templates_by_suffix()
    out: list[YearFact] = []
    for m in _ORDINAL.finditer(text, start, end):
        style = "th" if m["n"] is not None or m["first"] is not None else "da"
        templates = by_suffix.get((style, text[m.end() : m.end() + 1]), ()) + by_suffix.get((style, ""), ())
        if not templates:
            continue
        n = 1 if m["first"] is not None else cn_int(m["n"] or m["m"])
        if n is None:
            continue
        gap: re.Match[str] | None = None
        # "第38届和39届东南亚国家联盟(东盟)峰会": the first of two numbered meetings named together,
        # the series written once after the second number
        pair = _ORDINAL_PAIR.match(text, m.end(), end) if style == "th" else None
        if pair is not None:
            templates = templates + by_suffix.get((style, text[pair.end() : pair.end() + 1]), ())
        for t in templates:
            tail = m.end()
            stop = _suffix_end(text, tail, t.suffix)
            if stop < 0:
                if pair is None or (stop := _suffix_end(text, pair.end(), t.suffix)) < 0:
                    continue
                tail = pair.end()
            head = m.start()
            abbr = _ABBR_BEFORE.search(text, max(start, head - 16), head)
            if not text.endswith(t.prefix, start, head) and abbr is not None and text.endswith(t.prefix, start, abbr.start()):
                head = abbr.start()  # "亚太经合组织(APEC)第23次领导人非正式会议": the series' short name between
            if not text.endswith(t.prefix, start, head):
                if style == "th" and gap is None:
                    gap = _GAP.search(text, max(start, m.start() - 16), m.start())
                if gap is None or gap.start() == gap.end() or not text.endswith(t.prefix, start, gap.start()):
                    continue
                head = gap.start()
            meeting = table.get((t.name, n))
            if meeting is None:
                continue
            if pair is not None and (n2 := cn_int(_PAIR_NUM.search(pair.group())["k"])) is not None:
                # "第69届和第70届联合国大会主席": the two sessions named together, the story no earlier
                # than the later one
                later = table.get((t.name, n2))
                if later is not None and later.start > meeting.start:
                    meeting = later
            s, e = head - len(t.prefix), stop
            if _WRITTEN_YEAR_BACK.search(text, max(start, s - 14), s):
                break
            shift = _GAP_SHIFT.get(gap["yw"] or "", 0) if gap is not None and head == gap.start() else 0
            year_word = gap is not None and head == gap.start() and gap["yw"] is not None
            back = None if year_word else _YEAR_WORD_BACK.search(text, max(start, s - 30), s)
            if back is not None:
                # "去年11月他赴岘港出席亚太经合组织(APEC)第二十五次领导人非正式会议": the year word of
                # the clause tells the meeting's year from the page's
                shift, year_word = _GAP_SHIFT[back["yw"]], True
            out.append(
                YearFact(
                    Span(s, e, "meeting"),
                    "meeting",
                    meeting.start.year - shift,
                    text[s:e],
                    meeting.start,
                    meeting.end,
                    _cue(text, s, e),
                    meeting.day_precise,
                    told=shift,
                    fixed=year_word,
                    place=meeting.place,
                )
            )
            break
    return out


@dataclass(frozen=True, slots=True)
class Edition:
    """One edition of a competition named by its year, and the days it was played."""

    name: str
    year: int
    start: date
    end: date

    def holds(self, day: date, slack: int = 7) -> bool:
        """``day`` falls in the edition's days, or within ``slack`` days of them (a team's return)."""
        return (self.start - day).days <= slack and (day - self.end).days <= slack


@cache
def _competitions() -> tuple[re.Pattern[str], dict[str, dict[int, Edition]]]:
    """The alias regex of ``competitions.tsv`` and, per alias, the editions by their year."""
    by_name: dict[str, dict[int, Edition]] = {}
    alias_of: dict[str, str] = {}
    aliases = ""
    for row in load_table("competitions").rows:
        name = row["name"]
        if row["aliases"]:
            aliases = row["aliases"]
        elif name not in by_name:
            aliases = ""
        s, e = parse_iso(row["start"]), parse_iso(row["end"])
        if s is None or e is None:
            continue
        by_name.setdefault(name, {})[int(row["edition"])] = Edition(name, int(row["edition"]), s[0], e[1])
        for alias in filter(None, (a.strip() for a in aliases.split("|"))):
            alias_of.setdefault(alias, name)
    return _alternation(alias_of), {a: by_name[n] for a, n in alias_of.items()}


# "2019年第30届东南亚运动会", "2022年卡塔尔世界杯": an ordinal or a host (at most four characters)
# may stand between the year and the competition's name
_EDITION_GAP = re.compile(r"\s*(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*届)?\s*")
_HOST_GAP = 4


def competition_edition(text: str, pos: int, year: int) -> Edition | None:
    """The edition named by ``YYYY年`` ending at ``pos``: ``2024年东南亚足球锦标赛(三菱电机杯)``."""
    rx, by_alias = _competitions()
    gap = _EDITION_GAP.match(text, pos)
    at = gap.end() if gap else pos
    for skip in range(_HOST_GAP + 1):
        if skip and not ("\u4e00" <= text[at + skip - 1 : at + skip] <= "\u9fff"):
            return None
        m = rx.match(text, at + skip)
        if m is not None:
            return by_alias[m.group()].get(year)
    return None


# "两国总理在第33届东盟峰会及系列会议期间见面。": two people met at the meeting, told as done (a photo
# of an earlier encounter): the meeting is behind the page
_MET_AT_CUE = re.compile(r"[^,，。;；]{0,8}?期间(?:举行了?)?(?:见面|会见|会晤|会谈|合影|握手)")
_PLAN_BEFORE_MET = re.compile(r"将|拟|计划|预计|即将")
_PHOTO_LABEL = re.compile(r"(?:(?<![A-Za-z])h[iì]nh\s*[aả]nh|ảnh)\s*\d+")


def _cue(text: str, s: int, e: int) -> str | None:
    after = text[e : e + 10]
    if _BEFORE_AFTER.match(after) or _BEFORE_CUE.search(text[max(0, s - 8) : s]):
        return "before"
    if (
        _AFTER_CUE.match(after)
        or _ELECTED_AT_CUE.match(text, e, e + 24)
        or _JOINED_AFTER_CUE.match(text, e, e + 40)
        or _HELD_BEFORE_CUE.search(text, max(0, s - 8), s)
    ):
        return "after"
    if _MET_AT_CUE.match(text, e, e + 20):
        sent = max(text.rfind(ch, 0, s) for ch in "。;；!?！？\n") + 1
        # "<title> ảnh 1<caption>": the caption starts after the photo's label
        labels = [m.end() for m in _PHOTO_LABEL.finditer(text, sent, s)]
        if labels:
            sent = labels[-1]
        if not _PLAN_BEFORE_MET.search(text, sent, s):
            return "after"
    return None


# --- bounds: eras and roles held in several years ----------------------------------------------------
@dataclass(frozen=True, slots=True)
class YearBound:
    """Words that confine a page to some stretches of time without fixing a year.

    ``kind``: "era" (``新冠肺炎疫情``: 2020-2023) or "role" (``越南担任今年东盟轮值主席国``: 2010 or
    2020). A bound never dates anything alone: it narrows tenure and vetoes a teaser-context year.
    """

    span: Span
    kind: str
    intervals: tuple[tuple[date, date], ...]
    text: str

    def allows(self, day: date) -> bool:
        return any(s <= day <= e for s, e in self.intervals)


def _years_intervals(years: set[int]) -> tuple[tuple[date, date], ...]:
    return tuple((date(y, 1, 1), date(y, 12, 31)) for y in sorted(years))


@cache
def _eras() -> tuple[re.Pattern[str], dict[str, tuple[tuple[date, date], tuple[str, ...], str]]]:
    """The alias regex of ``eras.tsv`` and, per alias, (interval, look-back words, key)."""
    by_alias: dict[str, tuple[tuple[date, date], tuple[str, ...], str]] = {}
    for row in load_table("eras").rows:
        s = parse_iso(row["start"])
        e = parse_iso(row["end"]) if row["end"] else (date.max, date.max)
        if s is None or e is None:
            continue
        past = tuple(sorted((w.strip() for w in row["past"].split("|") if w.strip()), key=len, reverse=True))
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            by_alias[alias] = ((s[0], e[1]), past, row["key"])
    return _alternation(by_alias), by_alias


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """Longest-first alternation of literal words; one that never matches when there are none."""
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(names or r"(?!)")


_ERA_TAIL = re.compile(r"(?:肺炎)?(?:疫情|病毒|疫苗)?(?:大流行)?")


def find_eras(text: str, start: int, end: int) -> list[YearBound]:
    """Era cues in ``text[start:end]`` written as present (``受新冠肺炎疫情影响``), not looked back on.

    ``新冠肺炎疫情期间``, ``疫情暴发前``, ``后新冠``, ``从新冠肺炎疫情中复苏`` can be written years
    later: they bound nothing.
    """
    rx, by_alias = _eras()
    out: list[YearBound] = []
    for m in rx.finditer(text, start, end):
        interval, past, _key = by_alias[m.group()]
        tail = _ERA_TAIL.match(text, m.end(), end)
        stop = tail.end() if tail else m.end()
        if any(text.startswith(w, stop, end) for w in past) or text.endswith(("后", "从"), start, m.start()):
            continue
        out.append(YearBound(Span(m.start(), stop, "era"), "era", (interval,), text[m.start() : stop]))
    return out


@dataclass(frozen=True, slots=True)
class _Role:
    role: str
    years: dict[str, frozenset[int]]  # country -> years held


@cache
def _roles() -> tuple[re.Pattern[str], dict[str, _Role]]:
    """The alias regex of ``yearly_roles.tsv`` and, per alias, the role with its years by country."""
    years: dict[str, dict[str, set[int]]] = {}
    aliases: dict[str, str] = {}
    for row in load_table("yearly_roles").rows:
        held = {int(y) for y in row["years"].split("|") if y.strip().isdigit()}
        years.setdefault(row["role"], {}).setdefault(row["country"], set()).update(held)
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            aliases[alias] = row["role"]
    roles = {r: _Role(r, {c: frozenset(ys) for c, ys in by.items()}) for r, by in years.items()}
    by_alias = {a: roles[r] for a, r in aliases.items()}
    return _alternation(by_alias), by_alias


def role_hits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` names a yearly role (东盟轮值主席国, 安理会非常任理事国 ...)."""
    rx, _ = _roles()
    return [(m.start(), m.end()) for m in rx.finditer(text, start, end)]


@cache
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Full country names (``countries.tsv``) and the short forms of compounds (越印两国)."""
    names: dict[str, str] = {}
    shorts: dict[str, str] = {}
    for row in load_table("countries").rows:
        for name in [row["zh"], *row["aliases"].split("|")]:
            if len(name.strip()) >= 2:
                names.setdefault(name.strip(), row["iso3"])
        for short in row["short"].split("|"):
            if len(short.strip()) == 1:
                shorts.setdefault(short.strip(), row["iso3"])
    for short, iso in country_tokens().items():
        if len(short) == 1:
            shorts.setdefault(short, iso)
    table = {**names, **shorts}
    full = _alternation(names).pattern
    single = "".join(re.escape(s) for s in shorts) or "^\\s\\S"
    return re.compile(rf"{full}|(?P<a>[{single}])(?P<b>[{single}])(?=两国|双方)"), table


def _countries_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    rx, table = _country_names()
    found: list[tuple[int, str]] = []
    for m in rx.finditer(text, start, end):
        if m["a"]:
            found += [(m.start(), table[m["a"]]), (m.start() + 1, table[m["b"]])]
        else:
            found.append((m.start(), table[m.group()]))
    return found


_ROLE_YEAR = re.compile(r"(今年|本年度|明年|去年|前年)(?!以来|初|底|年初|年底)")
_ROLE_SHIFT = {"今年": 0, "本年度": 0, "明年": 1, "去年": -1, "前年": -2}
_CLAUSE_MARKS = ",，;；:：、"


_ROLE_WRITTEN_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年度?\s*$")


def _held_years(role: _Role, countries: list[str]) -> set[int] | None:
    """The years every one of ``countries`` held ``role`` in (None: no country)."""
    held: set[int] | None = None
    for iso in dict.fromkeys(countries):
        years = set(role.years.get(iso, frozenset()))
        held = years if held is None else held & years
    return held


# "越南担任东盟轮值主席国和联合国安理会非常任理事国", "作为东盟轮值主席国,越南…": a role held now
_HOLDS_NOW = re.compile(r"担任|作为|身为|同时担任")
# "越南曾于2010年担任…", "此前担任…": a role held once, which says nothing of the page's year
# "越南已两次担任东盟轮值主席国": terms counted, all of them past (not "第二次担任", the term now)
_HELD_ONCE = re.compile(
    r"曾|此前|以往|上一次|上次|历任|先后|多次|(?<!第)(?:[2-9]|[两三四五六七八九十])次|(?:19|20)[0-9]{2}\s*年|[0-9]{4}\s*[-—–]"
)


# "祝贺越南成功担任东盟轮值主席国": a term completed, praised in its year or early the next
_HELD_DONE = re.compile(r"成功(?:地)?担任|圆满(?:完成|结束)[^,，。;；]{0,6}?担任")


def find_current_role(text: str, start: int, end: int, sent: tuple[int, int]) -> YearBound | None:
    """``在越南担任东盟轮值主席国和联合国安理会非常任理事国的背景下`` (no year word): the role is held in
    the page's year, one of the years the country held it; two such roles of one clause intersect in
    ``_settle_roles`` (2010 or 2020, and 2008, 2009, 2020 or 2021: 2020)."""
    _, by_alias = _roles()
    role = by_alias.get(text[start:end])
    s0, e0 = sent
    if role is None:
        return None
    clause = start
    while clause > s0 and text[clause - 1] not in _CLAUSE_MARKS:
        clause -= 1
    if not _HOLDS_NOW.search(text, clause, start) or _HELD_ONCE.search(text, clause, end):
        return None
    countries = [iso for _, iso in _countries_in(text, clause, start)]
    if not countries:
        after = _countries_in(text, end, min(e0, end + 12))
        countries = [after[0][1]] if after else []
    held = _held_years(role, countries[-1:]) if countries else None
    if not held:
        return None
    if _HELD_DONE.search(text, clause, start):
        held = held | {y + 1 for y in held}  # "对越南成功担任东盟轮值主席国表示祝贺": told that year or the next
    return YearBound(Span(clause, end, "role"), "role", _years_intervals(held), text[clause:end])


def find_role(text: str, start: int, end: int, sent: tuple[int, int]) -> YearFact | YearBound | None:
    """``越南担任今年东盟轮值主席国`` (the role at ``text[start:end]``, in sentence ``sent``): the page's year.

    The year word (今年/明年/去年) nearest before the role in its sentence says which year the role
    is held in; the countries are those of the role's clause (``明年越印两国将同时担任…``: both),
    else the nearest written after it (``今年东盟轮值主席国老挝``). One year left: a ``YearFact``;
    several (Viet Nam chaired ASEAN in 2010 and 2020): a ``YearBound``; none, or no year word: None.
    """
    _, by_alias = _roles()
    role = by_alias.get(text[start:end])
    s0, e0 = sent
    if role is None:
        return None
    words = list(_ROLE_YEAR.finditer(text, max(s0, start - 30), start))
    if not words:
        return None
    word = words[-1]
    clause = start
    while clause > s0 and text[clause - 1] not in _CLAUSE_MARKS:
        clause -= 1
    named = _countries_in(text, clause, start)
    countries = [iso for _, iso in named]
    if not countries:
        after = _countries_in(text, end, min(e0, end + 12))
        countries = [after[0][1]] if after else []
    if not countries:
        before = _countries_in(text, max(s0, start - 60), clause)
        countries = [before[-1][1]] if before else []
    held = _held_years(role, countries)
    if not held and len(set(countries)) > 1:
        # ``印尼支持越南明年担任…``: the country nearest the role holds it, not every one named
        held = _held_years(role, countries[-1:])
    written = _ROLE_WRITTEN_YEAR.search(text, word.end(), start)
    if held and written:
        # ``明年担任2020年东盟轮值主席国``: the year written before the role says which term
        held &= {int(written.group(1))}
    if not held:
        return None
    page_years = {y - _ROLE_SHIFT[word.group(1)] for y in held}
    s = min([word.start()] + [pos for pos, _ in named])
    words_text = text[s:end]
    if len(page_years) == 1:
        shift = _ROLE_SHIFT[word.group(1)]
        return YearFact(Span(s, end, "role"), "role", page_years.pop(), words_text, told=shift, fixed=True)
    return YearBound(Span(s, end, "role"), "role", _years_intervals(page_years), words_text)
