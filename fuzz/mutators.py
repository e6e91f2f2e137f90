"""Structured mutations of seed pages: the damage real crawls do, and some they do not.

Pure functions of ``(seeds, rng)`` so that an input is reproducible from ``(seed, index)``:
the supervisor regenerates an input that hung or killed its worker instead of having the
worker write every input to disk first. Each mutation names itself, so the report can say
which kinds of damage produced documents and which were refused.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable, Sequence

__all__ = ["MUTATIONS", "generate", "load_seeds"]

MAX_INPUT = 32 * 1024  # bounded inputs: a fuzz run is about parsing, not the 8 MB page cap

_TAGS = (
    "html",
    "head",
    "body",
    "div",
    "p",
    "span",
    "h1",
    "h2",
    "article",
    "section",
    "figure",
    "figcaption",
    "script",
    "style",
    "title",
    "meta",
    "a",
    "table",
    "tr",
    "td",
    "br",
    "img",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "nav",
    "footer",
    "main",
    "ul",
    "li",
    "b",
)
_CLASSES = (
    "article__title",
    "article__body",
    "article__sapo",
    "cms-body",
    "story",
    "story__heading",
    "story__summary",
    "article__related",
    "fig",
    "details__content",
    "title-detail",
    "sapo",
)
_CJK_BITS = (
    "越通社河内——",
    "年",
    "月",
    "日",
    "上午",
    "下午",
    "当天",
    "同日",
    "访问",
    "会谈",
    "会见",
    "签署",
    "总书记",
    "国家主席",
    "总理",
    "外交部长",
    "阮富仲",
    "习近平",
    "越南",
    "中国",
    "柬埔寨",
    "美元",
    "万",
    "亿",
    "千",
    "百",
    "零",
    "〇",
    "一",
    "二",
    "十",
    "廿",
    "卅",
    "至",
    "—",
    "-",
    "、",
    "。",
    ",",
    "(越通社——VNA)",
    "更多",
    "图片来源",
    "周年",
    "前夕",
    "之际",
    "去年",
    "明年",
    "今年",
    "本月",
    "农历",
    "春节",
    "第",
    "届",
    "次",
    "为期",
    "天",
    "期间",
    "1",
    "12",
    "31",
    "2024",
    "０",
    "９",
    "援助",
    "提供",
    "向",
    "捐赠",
    "万美元",
    "亿越盾",
    "剂",
    "吨",
    "〇十〇",
    "两千",
    "零点",
)
_ODD_CHARS = (
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "\u0301",
    "\u3000",
    "\x00",
    "\x1b",
    "\r",
    "\t",
    "\x85",
    "\U0001f600",
    "\U00020000",
    "\ud7ff",
    "&nbsp;",
    "&#0;",
    "&#x110000;",
    "&amp;",
    "<",
    ">",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "\\",
    '"',
    "'",
)
_ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "gbk",
    "gb18030",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "big5",
    "shift_jis",
    "euc-kr",
    "latin-1",
    "utf-32",
    "cp1252",
)


def load_seeds(paths: Sequence[str]) -> list[bytes]:
    """Seed pages (files or folders of them), as bytes; at least one tiny page if none exist."""
    from pathlib import Path

    seeds: list[bytes] = []
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        seeds += [f.read_bytes() for f in files if f.is_file() and f.stat().st_size < MAX_INPUT]
    return seeds + _short_versions(seeds) or [
        "越南总理会见中国外交部长\n\n越通社河内——5月1日,两国举行会谈。\n".encode()
    ]


def _short_versions(seeds: Sequence[bytes]) -> list[bytes]:
    """Title plus the first few paragraphs of each UTF-8 text seed: whole articles, shorter.

    Extraction time grows with the text, so short articles buy many more inputs per hour
    while still reaching every stage (a title, a dateline, a sentence with an event)."""
    out = []
    for page in seeds:
        if page.lstrip()[:1] == b"<":
            continue
        try:
            lines = [line for line in page.decode("utf-8").splitlines() if line.strip()]
        except UnicodeDecodeError:
            continue
        out += ["\n\n".join(lines[:n]).encode() for n in (2, 3, 4) if len(lines) > n]
    return out


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if out:
            i = rng.randrange(len(out))
            out[i] = out[i] ^ (1 << rng.randrange(8)) if rng.random() < 0.5 else rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    cut = rng.randrange(len(data) + 1)
    return data[:cut] if rng.random() < 0.7 else data[cut:]


def _delete_range(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + data[i + rng.randint(1, 400) :]


def _splice(data: bytes, rng: random.Random, other: bytes) -> bytes:
    i, j = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    return data[:i] + other[j:]


def _duplicate(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data) + 1)
    j = min(len(data), i + rng.randint(1, 2000))
    return data[:j] + data[i:j] * rng.randint(1, 20) + data[j:]


def _tag_soup(data: bytes, rng: random.Random) -> bytes:
    """Random open/close tags, classes from the real layouts, attributes, comments, entities."""
    text = _text(data)
    for _ in range(rng.randint(1, 40)):
        tag = rng.choice(_TAGS)
        roll = rng.random()
        if roll < 0.35:
            cls = rng.choice(_CLASSES)
            piece = f'<{tag} class="{cls}">'
        elif roll < 0.6:
            piece = f"</{tag}>"
        elif roll < 0.7:
            piece = f"<{tag} {rng.choice(_CLASSES)}={rng.choice(_ODD_CHARS)}"
        elif roll < 0.8:
            piece = rng.choice(("<!--", "-->", "<![CDATA[", "<?xml ", "<!DOCTYPE html>", "</", "<"))
        elif roll < 0.9:
            piece = f'<meta charset="{rng.choice(_ENCODINGS)}">'
        elif roll < 0.98:
            piece = f"<{tag}>" * rng.randint(2, 60)
        else:
            piece = f"<{tag}>" * rng.randint(1900, 2200)  # across the parser's nesting cut (2000)
        i = rng.randrange(len(text) + 1)
        text = text[:i] + piece + text[i:]
    return text.encode("utf-8", errors="surrogatepass")


def _wrap_html(data: bytes, rng: random.Random) -> bytes:
    """A text dump turned into an article page, paragraphs split on blank lines."""
    paras = [p for p in _text(data).split("\n") if p.strip()]
    if not paras:
        return data
    title, rest = paras[0], paras[1:]
    body = "".join(f"<p>{p}</p>" for p in rest)
    cls = rng.choice(_CLASSES[:4])
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<h1 class="article__title">{title}</h1><div class="{cls}">{body}</div></body></html>'
    ).encode()


def _encoding_swap(data: bytes, rng: random.Random) -> bytes:
    """Re-encode the text (lossy where it must be), sometimes with a BOM or a lying meta charset."""
    enc = rng.choice(_ENCODINGS)
    out = _text(data).encode(enc, errors=rng.choice(("replace", "ignore", "xmlcharrefreplace")))
    roll = rng.random()
    if roll < 0.2:
        out = (
            rng.choice((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)) + out
        )
    elif roll < 0.4:
        out = f'<meta charset="{rng.choice(_ENCODINGS)}">'.encode("ascii") + out
    return out


def _mixed_encodings(data: bytes, rng: random.Random) -> bytes:
    text = _text(data)
    i = rng.randrange(len(text) + 1)
    a, b = rng.sample(_ENCODINGS, 2)
    return text[:i].encode(a, errors="replace") + text[i:].encode(b, errors="replace")


def _insert_text(data: bytes, rng: random.Random) -> bytes:
    """Dates, numbers, names, odd characters dropped into the text (the grammar's inputs)."""
    text = _text(data)
    for _ in range(rng.randint(1, 30)):
        bits = _CJK_BITS if rng.random() < 0.75 else _ODD_CHARS
        piece = "".join(rng.choice(bits) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.1:
            piece = str(rng.choice((0, -1, 10 ** rng.randint(1, 30), rng.randint(0, 99999))))
        i = rng.randrange(len(text) + 1)
        text = text[:i] + piece + text[i:]
    return text.encode("utf-8", errors="surrogatepass")


def _shuffle_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    if rng.random() < 0.5:
        rng.shuffle(lines)
    else:
        i = rng.randrange(len(lines))
        lines = lines[i:] + lines[:i]
    sep = rng.choice((b"\n", b"\r\n", b"\r", b"\n\n\n", b"\x0c"))
    return sep.join(lines)


def _random_bytes(data: bytes, rng: random.Random) -> bytes:
    size = rng.choice((0, 1, 2, 3, 16, 255, 4096))
    head = rng.choice((b"", b"\x89PNG\r\n\x1a\n", b"<html>", b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04"))
    return head + rng.randbytes(size)


Mutation = Callable[[bytes, random.Random], bytes]

MUTATIONS: dict[str, Mutation] = {
    "flip": _flip,
    "truncate": _truncate,
    "delete": _delete_range,
    "duplicate": _duplicate,
    "tag-soup": _tag_soup,
    "wrap-html": _wrap_html,
    "encoding": _encoding_swap,
    "mixed-encodings": _mixed_encodings,
    "insert-text": _insert_text,
    "lines": _shuffle_lines,
    "random": _random_bytes,
}


def generate(seeds: Sequence[bytes], seed: int, index: int) -> tuple[bytes, str]:
    """Input number ``index`` of run ``seed``, and the names of the mutations that made it."""
    rng = random.Random(f"{seed}:{index}")
    short = [s for s in seeds if len(s) < 1500]
    # Mostly short articles: extraction time grows with the text, and a short article still
    # reaches every stage; whole pages (a tenth) keep the layouts, teasers and long bodies.
    data = rng.choice(short if short and rng.random() < 0.9 else seeds)
    names = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 5))):
        if rng.random() < 0.15:
            name = "splice"
            data = _splice(data, rng, rng.choice(seeds))
        else:
            name = rng.choice(tuple(MUTATIONS))
            data = MUTATIONS[name](data, rng)
        names.append(name)
        if len(data) > MAX_INPUT:
            data = data[:MAX_INPUT]
    return data, "+".join(names)
