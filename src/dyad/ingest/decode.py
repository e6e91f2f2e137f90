"""Bytes to text: BOMs, declared charsets, detection, and the refusals that name a reason.

Crawls bring UTF-8, UTF-8 with BOM, UTF-16 and GB18030/GBK pages, sometimes mislabelled.
We trust, in order: a BOM, strict UTF-8, the charset the HTML declares, then
charset-normalizer's guess, and accept a decoding only when it reads as text.
"""

from __future__ import annotations

import codecs
import re

from dyad.document import DyadInputError

__all__ = ["MAX_PAGE_BYTES", "decode_page", "looks_like_html"]

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a news page is < 1 MB; beyond this it is not an article

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-]+)""", re.I)
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
# File signatures of formats a crawl or a careless glob brings in (images, archives, programs):
# named at once instead of left to the charset guesser, which may "read" them as text.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"PK\x03\x04", "ZIP archive"), (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"), (b"%PDF-", "PDF document"), (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"), (b"7z\xbc\xaf\x27\x1c", "7z archive"), (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"), (b"\x00asm", "WebAssembly"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"), (b"\xca\xfe\xba\xbe", "Mach-O/Java class"),
    (b"SQLite format 3\x00", "SQLite database"), (b"wOFF", "WOFF font"), (b"wOF2", "WOFF2 font"),
    (b"\x28\xb5\x2f\xfd", "zstd data"), (b"OggS", "Ogg media"), (b"\x1a\x45\xdf\xa3", "Matroska media"),
)


def _binary_kind(data: bytes) -> str | None:
    """The name of a binary format the bytes start with, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "Windows executable"
    return None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype", "<html", "<?xml")) or bool(
        re.search(r"<(html|head|body|article|div|p)[\s>]", head)
    )


def _readable(text: str) -> bool:
    """A decoding is accepted when control characters and U+FFFD are rare."""
    if not text.strip():
        return True
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 200)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM shows as every other byte NUL in ASCII-heavy text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2][:2000], data[1::2][:2000]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > len(zeros) * 0.3:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a download cut mid-character, one flipped byte): kept, with
    U+FFFD for the bad bytes, when the valid Chinese far outnumbers them. GBK read as UTF-8
    fails on almost every Chinese character, so it never passes this test."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad == 0 or bad > max(2, len(text) // 500):
        return None
    return text if len(_HAN.findall(text[:20000])) >= 20 * bad and _readable(text) else None


def decode_page(data: bytes | str, *, max_bytes: int = MAX_PAGE_BYTES) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DyadInputError(reason) when it is not readable text."""
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise DyadInputError("too-large", f"page has {len(data)} characters, over {max_bytes}")
        return data.lstrip("\ufeff"), "str"
    if len(data) > max_bytes:
        raise DyadInputError("too-large", f"page has {len(data)} bytes, over the limit {max_bytes}")
    if not data.strip():
        raise DyadInputError("empty", "page is empty")
    kind = _binary_kind(data)
    if kind is not None:
        raise DyadInputError("binary", f"page is binary ({kind}), not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc).lstrip("\ufeff"), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DyadInputError("undecodable", f"bad {enc} after its BOM: {exc}") from None
    try:
        text = data.decode("utf-8")
        if _readable(text):
            return text, "utf-8"
        raise DyadInputError("binary", "page holds control bytes: binary, not text")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None and _readable(utf16):
        return utf16, "utf-16"
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly, "utf-8"
    declared = _META_CHARSET.search(data[:4096])
    candidates: list[str] = []
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        candidates.append(_ALIASES.get(name, name))
    candidates.append("gb18030")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _readable(text):
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        text = data.decode(best.encoding, errors="replace")
        if _readable(text):
            return text, best.encoding
    if b"\x00" in data[:4096]:
        raise DyadInputError("binary", "page holds NUL bytes: binary, not text")
    raise DyadInputError("undecodable", "no encoding (UTF-8, UTF-16, GB18030, detected) reads it as text")
