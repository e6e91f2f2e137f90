"""``required_literals``: the words a regex cannot match without, used to run trigger patterns
only where those words occur, with the same matches as running them everywhere."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.extraction.events import _scan_triggers, triggers
from dyad.extraction.literals import NearScanner, finditer_near, required_literals, windows, windows_in_order


def _leads(pattern: str) -> dict[str, int | None] | None:
    need = required_literals(pattern)
    return None if need is None else dict(need.leads)


def test_words_of_simple_patterns() -> None:
    assert _leads("(?:正式|国事)?访问(?!团)") == {"访问": 2}
    assert _leads("会见|接见") == {"会见": 0, "接见": 0}
    assert _leads("致(?:以)?慰问电") == {"慰问电": 2}  # a longer word is rarer
    assert _leads("(?:a|b)+c?") == {"a": 0, "b": 0}
    assert _leads("[^,]访") == {"访": 1}
    assert _leads("x.*访问") == {"x": 0}  # a bounded lead is cheaper
    assert _leads(".*访问") == {"访问": None}  # no bound on the lead
    # words at the start beat words as rare further in: fewer positions to try before each
    assert _leads("(?:举行|进行)[^,]{0,8}?(?:对话|磋商)") == {"举行": 0, "进行": 0}
    # each alternative keeps its own words' leads
    assert _leads("“[^”]{1,80}”|[^,]{0,12}?期间") == {"“": 0, "期间": 12}
    need = required_literals("“[^”]{1,80}”|[^,]{0,12}?期间")
    assert need is not None and need.words == {"“", "期间"} and need.lead == 12


def test_no_test_when_a_match_may_avoid_every_word() -> None:
    assert required_literals("(?:访问)?") is None  # may match empty
    assert required_literals("访问|[一-龥]") is None  # one alternative needs no word
    assert required_literals("(?i)abc") is None  # case folded
    assert required_literals("(?<=代表团)\\w+") is None  # a lookbehind is no part of the match


def _near(regex: re.Pattern[str], text: str) -> list[tuple[int, int]] | None:
    need = required_literals(regex)
    if need is None or need.lead is None:
        return None
    found = [(i, lead) for w, lead in need.leads for i in range(len(text)) if text.startswith(w, i)]
    return [m.span() for m in finditer_near(regex, text, windows(found))]  # type: ignore[arg-type]


def test_every_trigger_finds_what_finditer_finds() -> None:
    texts = ["越南国家主席会见老挝总理", "两国签署了合作协议并举行会谈", "致电祝贺新年", "双方举行了第三次战略对话。"]
    for trig in triggers():
        for text in texts:
            near = _near(trig.regex, text)
            assert near is None or near == [m.span() for m in trig.regex.finditer(text)], trig.regex.pattern


_ALPHABET = "访问会见接正式国事举行进了谈签署致电祝贺出席,。的和与越南老挝代表团一行战略对话"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_scan_equals_every_pattern_run_everywhere(text: str) -> None:
    ranked = sorted(triggers(), key=lambda t: -t.priority)
    every = [
        (m.start(), rank, m.span())
        for rank, trig in enumerate(ranked)
        for m in trig.regex.finditer(text)
        if m.end() > m.start()
    ]
    every.sort(key=lambda f: f[0])
    _starts, found = _scan_triggers(text)
    assert [(s, r, m.span()) for s, r, _t, m in found] == every


def test_random_patterns_find_what_finditer_finds() -> None:
    rnd = random.Random(7)
    parts = ["访问", "会见", "(?:正式)?", "[会见]", "(?:谈|判)+", "了?", "x{0,2}", "(?=谈)", "[^,]", "(?<!会)", "谈{1,3}?"]
    checked = 0
    for _ in range(2000):
        pattern = "".join(rnd.choices(parts, k=rnd.randint(1, 4)))
        if rnd.random() < 0.3:
            pattern += "|" + "".join(rnd.choices(parts, k=rnd.randint(1, 3)))
        regex = re.compile(pattern)
        text = "".join(rnd.choices("访问会见谈判了x,正式", k=60))
        near = _near(regex, text)
        if near is not None:
            checked += 1
            assert near == [m.span() for m in regex.finditer(text)], pattern
    assert checked > 500


def test_near_scanner_windows_find_what_finditer_finds() -> None:
    from dyad.extraction.literals import NearScanner

    rnd = random.Random(11)
    scanner = NearScanner(re.compile(r"[^,，。]{0,6}?期间(?=[,，])|应[^。]{1,10}?邀请|(?<!大)使馆"))
    assert scanner.leads == {"期间": 6, "邀请": 11, "使馆": 0}
    for _ in range(500):
        text = "".join(rnd.choices([*"期间应邀请大使馆,，。越南", "期间,"], k=rnd.randint(0, 60)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        expected = [m.span() for m in scanner.regex.finditer(text, start, end)]
        assert [m.span() for m in scanner.finditer(text, start, end)] == expected


def test_near_scanner_search_finds_what_search_finds() -> None:
    from dyad.extraction.literals import NearScanner

    rnd = random.Random(5)
    patterns = [r"(?:^|[,，])\s*(?:这是|此访|也是)", r"(?:分别)?(?:与|同|和)", r"是[^,，。是]{0,10}$"]
    for pattern in patterns:
        scanner = NearScanner(re.compile(pattern))
        for _ in range(400):
            text = "".join(rnd.choices([*"这是此访也分别与同和,，。 ", "这是", "分别与"], k=rnd.randint(0, 40)))
            start = rnd.randint(0, len(text))
            end = rnd.randint(start, len(text))
            expected = scanner.regex.search(text, start, end)
            got = scanner.search(text, start, end)
            assert (got and got.span()) == (expected and expected.span()), (pattern, text, start, end)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 12)), unique=True, max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_windows_in_order_are_the_sorted_windows(occ: list[tuple[int, int]], a: int, b: int) -> None:
    found = sorted(occ, key=lambda o: o[0])
    lo, hi = sorted((min(a, len(found)), min(b, len(found))))
    assert list(windows_in_order(found, lo, hi, 12)) == windows(found[lo:hi])


def test_near_scanner_search_on_thousands_of_occurrences_matches_the_regex() -> None:
    # "阮富仲会见王毅、" 3,500 times: every search is the regex's own first match
    regex = re.compile(r"[\u4e00-\u9fff]{1,4}?会见")
    text = "阮富仲会见王毅、" * 3500
    scanner = NearScanner(regex)
    assert scanner.leads == {"会见": 4}  # searched near its word, not by the plain regex
    for pos in range(0, len(text), 997):
        assert getattr(scanner.search(text, pos), "span", lambda: None)() == getattr(regex.search(text, pos), "span", lambda: None)()
