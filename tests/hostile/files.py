"""The bad-input catalogue: files that crawls, careless globs and attackers hand to ``dyad ingest``.

``build(folder)`` writes every file and returns what the store must make of each *item* (a
file, an archive member, a WARC record, a JSONL line): a document, or an error with one of
the named reasons. Anything else (a crash, a silent drop, an unnamed error) fails the test.
The zip bomb is a real one (a member that inflates to 1.1 GB) built from one compressed
block repeated, so writing it takes milliseconds and ~1 MB of disk.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
import struct
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BOMB_BYTES",
    "HUGE_BYTES",
    "LIVE",
    "SCRIPT",
    "Expect",
    "build",
    "sample_page",
    "script_page_html",
    "script_page_text",
    "zip_bomb",
]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pages"
HUGE_BYTES = 50 * 1024 * 1024
BOMB_BYTES = 1100 * 1024 * 1024
DOCUMENT = "document"

SCRIPT = '<script>document.title="pwned";window.__pwned=1</script>'
JS_URL = "javascript:window.__pwned=1"
IMG = '<img src=x onerror="window.__pwned=1">'
LIVE = "<script>window.__live=1</script>"  # live markup in an HTML page: must not become text


@dataclass(frozen=True, slots=True)
class Expect:
    """What one item must become: ``name`` as the store names it (relative to the folder, or a
    URL), the acceptable outcomes (``document`` and/or error reasons), and why it is here."""

    name: str
    outcomes: frozenset[str]
    why: str

    @staticmethod
    def of(name: str, *outcomes: str, why: str) -> Expect:
        return Expect(name, frozenset(outcomes), why)


def sample_page(number: int) -> bytes:
    """The raw bytes of ``examples/pages/NNN_*`` (a real page in the agency's shape)."""
    return next(EXAMPLES.glob(f"{number:03d}_*")).read_bytes()


def _utf8(number: int) -> str:
    """A sample page as text, whatever it is encoded in (UTF-8, with BOM, UTF-16, GBK)."""
    from dyad.ingest.decode import decode_page

    return decode_page(sample_page(number))[0]


def script_page_text() -> str:
    """A text dump whose title, lead and body carry markup and script: stored as plain text."""
    return (
        f"越南国家主席会见中国外交部长{SCRIPT}\n\n"
        f"5月1日,越南国家主席在河内会见中国外交部长。{IMG}\n\n"
        f"越通社河内——5月1日上午,越南国家主席在河内主席府会见中国外交部长王毅。{SCRIPT}"
        f'双方就两国关系交换意见。<a href="{JS_URL}">点击</a>\n\n'
        "(越通社——VNA)\n"
    )


def script_page_html() -> str:
    """An agency-layout page with script in every field a page has: title, lead, body, caption,
    teaser (with a ``javascript:`` link), as escaped text *and* as live markup."""
    esc = SCRIPT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>越南总理会见柬埔寨首相{esc}</title></head><body>"
        f'<h1 class="article__title cms-title">越南总理会见柬埔寨首相{esc}</h1>'
        f'<div class="article__sapo cms-desc">6月2日,越南政府总理范明政会见柬埔寨首相洪玛奈。{esc}</div>'
        '<div class="article__body zce-content-body cms-body">'
        f'<figure class="image"><img src="{JS_URL}" alt="x"><figcaption class="fig">会见现场{esc}</figcaption></figure>'
        f"<p>越通社河内——6月2日上午,越南政府总理范明政在河内会见来访的柬埔寨首相洪玛奈。{esc}{LIVE}</p>"
        f'<p>双方同意加强两国全面合作。<a href="{JS_URL}">详情</a>{IMG}(越通社——VNA)</p></div>'
        '<section class="article__related"><h2>更多</h2><article class="story">'
        f'<h3 class="story__heading"><a class="cms-link" href="{JS_URL}">越柬两国签署合作协议{esc}</a></h3>'
        f'<div class="story__summary">两国外交部长签署合作协议。{esc}</div></article></section>'
        "</body></html>"
    )


def zip_bomb(path: Path, members: dict[str, bytes], bombs: dict[str, tuple[int, int]]) -> None:
    """A zip of plain ``members`` and ``bombs``: ``name -> (declared size, inflated size)``.

    A bomb's data is one deflate block of 1 MiB zeros (ended by a full flush, so it does not
    refer back) repeated, then the final empty block: it really inflates to the stated size.
    """
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(bytes(1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    final = comp.flush(zlib.Z_FINISH)
    wanted = {inflated >> 20 for _, inflated in bombs.values()}
    crcs, crc, mib = {}, 0, bytes(1 << 20)
    for count in range(1, max(wanted, default=0) + 1):  # the true CRCs: cheap next to inflating
        crc = zlib.crc32(mib, crc)
        if count in wanted:
            crcs[count] = crc
    entries = []
    out = io.BytesIO()
    for name, data in members.items():
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        entries.append(_zip_entry(out, name, c.compress(data) + c.flush(), zlib.crc32(data), len(data)))
    for name, (declared, inflated) in bombs.items():
        count = inflated >> 20
        entries.append(_zip_entry(out, name, block * count + final, crcs[count], declared))
    central = io.BytesIO()
    for name, offset, crc, csize, usize in entries:
        raw = name.encode()
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                csize,
                usize,
                len(raw),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        central.write(raw)
    cd = central.getvalue()
    start = out.tell()
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), start, 0))
    path.write_bytes(out.getvalue())


def _zip_entry(out: io.BytesIO, name: str, data: bytes, crc: int, usize: int) -> tuple:
    offset = out.tell()
    raw = name.encode()
    out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), usize, len(raw), 0))
    out.write(raw + data)
    return name, offset, crc, len(data), usize


def _warc(pages: list[tuple[str, bytes]], cut: int) -> bytes:
    """A gzipped WARC of ``pages`` (uri, html) with its last ``cut`` bytes cut off."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, html in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=io.BytesIO(html), http_headers=http)
        )
    data = buf.getvalue()
    return data[:-cut]


def _tar_gz_cut(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    data = buf.getvalue()
    return data[: len(data) * 2 // 3]


def build(folder: Path, *, seed: int = 9) -> list[Expect]:
    """Write the catalogue into ``folder``; return what each item must become."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out: list[Expect] = []

    def put(name: str, data: bytes, *outcomes: str, why: str) -> None:
        (folder / name).write_bytes(data)
        out.append(Expect.of(name, *outcomes, why=why))

    put("00-good.txt", sample_page(1), DOCUMENT, why="a good page first in the batch")
    put("empty.txt", b"", "empty", why="0 bytes")
    put("blank.txt", " \r\n\t\u3000\n".encode(), "empty", "not-an-article", why="whitespace only")
    put(
        "shell.html",
        b"<!DOCTYPE html><html><head><title></title></head><body></body></html>",
        "not-an-article",
        why="an empty HTML shell",
    )
    put("png.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096), "binary", why="PNG header + random bytes")
    put(
        "noise.html",
        rng.randbytes(4096),
        "binary",
        "undecodable",
        "not-an-article",
        DOCUMENT,
        why="random bytes, no signature (GB18030 reads most byte pairs as Han: may even parse)",
    )
    huge = _utf8(4).encode()
    with (folder / "huge.txt").open("wb") as fh:
        for _ in range(HUGE_BYTES // len(huge) + 1):
            fh.write(huge)
    out.append(Expect.of("huge.txt", "too-large", why="a 50 MB page"))
    article = (
        '<h1 class="article__title">越南国家主席会见老挝总理</h1><div class="article__body">'
        "<p>越通社河内——3月5日,越南国家主席在河内会见老挝总理宋赛·西潘敦。</p></div>"
    )
    deep = "<html><body>" + "<div>" * 100_000 + article + "</div>" * 100_000 + "</body></html>"
    put("deep.html", deep.encode(), DOCUMENT, "not-an-article", why="100k levels of nested div")
    gbk = ('<html><head><meta charset="utf-8"></head><body>' + article + "</body></html>").encode("gbk")
    put("gbk-says-utf8.html", gbk, DOCUMENT, why="GBK bytes under <meta charset=utf-8>")
    text = _utf8(6)
    half = len(text) // 2
    put(
        "mixed-encodings.txt",
        text[:half].encode("utf-8") + text[half:].encode("gbk"),
        DOCUMENT,
        "undecodable",
        "binary",
        why="UTF-8 then GBK in one file",
    )
    cut = _utf8(7).encode()
    put("utf8-cut.txt", cut[: len(cut) - 2], DOCUMENT, why="UTF-8 cut mid-character (a broken download)")
    put("nul.txt", _utf8(9).encode().replace("。".encode(), b"\x00"), "binary", why="NUL bytes in text")
    put("bad-bom.txt", codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable", why="UTF-8 BOM then junk")
    put("script.txt", script_page_text().encode(), DOCUMENT, why="<script> in a text page's title and body")
    put("script.html", script_page_html().encode(), DOCUMENT, why="<script>, javascript: in every HTML field")
    zip_bomb(
        folder / "bomb.zip",
        {"good.txt": sample_page(10)},
        {
            "bomb.txt": (BOMB_BYTES, BOMB_BYTES),
            "liar.txt": (4096, BOMB_BYTES),
            "edge.txt": (8 * 1024 * 1024 - 1, 64 * 1024 * 1024),
        },
    )
    out += [
        Expect.of("bomb.zip!good.txt", DOCUMENT, why="a good member beside the bombs"),
        Expect.of("bomb.zip!bomb.txt", "too-large", why="member declares and inflates to 1.1 GB"),
        Expect.of(
            "bomb.zip!liar.txt", "corrupt-archive", "too-large", why="declares 4 KB, inflates to 1.1 GB"
        ),
        Expect.of(
            "bomb.zip!edge.txt",
            "corrupt-archive",
            "too-large",
            why="declares just under the cap, inflates to 64 MB",
        ),
    ]
    put(
        "corrupt.zip", b"PK\x03\x04" + rng.randbytes(2000), "corrupt-archive", why="not a zip after its magic"
    )
    html = [_utf8(n).encode() for n in (3, 5, 8)]
    uris = [f"https://zh.vietnamplus.vn/hostile-{i}.vnp" for i in range(3)]
    (folder / "cut.warc.gz").write_bytes(_warc(list(zip(uris, html, strict=True)), cut=700))
    out += [
        Expect.of(uris[0], DOCUMENT, why="WARC record before the cut"),
        Expect.of(uris[1], DOCUMENT, why="WARC record before the cut"),
        Expect.of(uris[2], "truncated", "corrupt-archive", why="the WARC record cut short"),
    ]
    jsonl = [
        json.dumps(
            {"url": "https://zh.vietnamplus.vn/jsonl-good-1.vnp", "text": _utf8(11)}, ensure_ascii=False
        ),
        '{"url": "https://zh.vietnamplus.vn/x.vnp", "html": "<p>unterminated',
        "[1, 2, 3]",
        '{"url": "https://zh.vietnamplus.vn/no-body.vnp"}',
        '{"html": 5}',
        "\udcff",  # becomes invalid UTF-8 below
        json.dumps({"url": "https://zh.vietnamplus.vn/english.vnp", "html": "<p>English only.</p>"}),
        json.dumps(
            {"url": "https://zh.vietnamplus.vn/jsonl-good-2.vnp", "text": _utf8(12)}, ensure_ascii=False
        ),
    ]
    lines = [b"\xff\xfe{not utf-8}" if line == "\udcff" else line.encode() for line in jsonl]
    (folder / "broken.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    out += [
        Expect.of("https://zh.vietnamplus.vn/jsonl-good-1.vnp", DOCUMENT, why="good JSONL line"),
        Expect.of("broken.jsonl#2", "bad-jsonl", why="JSON cut mid-string"),
        Expect.of("broken.jsonl#3", "bad-jsonl", why="a JSON array, not an object"),
        Expect.of("broken.jsonl#4", "bad-jsonl", why="no html or text"),
        Expect.of("broken.jsonl#5", "bad-jsonl", why="html is not a string"),
        Expect.of("broken.jsonl#6", "bad-jsonl", why="invalid UTF-8"),
        Expect.of("https://zh.vietnamplus.vn/english.vnp", "not-an-article", why="not Chinese"),
        Expect.of("https://zh.vietnamplus.vn/jsonl-good-2.vnp", DOCUMENT, why="good line after bad ones"),
    ]
    (folder / "cut.tar.gz").write_bytes(
        _tar_gz_cut({"a.txt": sample_page(13), "b.txt": bytes(rng.randbytes(200_000))})
    )
    out += [
        Expect.of("cut.tar.gz!a.txt", DOCUMENT, "corrupt-archive", why="tar member before the cut"),
        Expect.of("cut.tar.gz!b.txt", "corrupt-archive", why="the tar member the cut falls in"),
    ]
    put("zz-good.txt", sample_page(15), DOCUMENT, why="a good page last in the batch")
    put("page.html.gz", gzip.compress(sample_page(17)), "binary", why="a gzipped page (read as a page: .gz)")
    return out
