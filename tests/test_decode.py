"""Bytes to text, and the inputs that are refused with a reason instead of a crash."""

from __future__ import annotations

import codecs
import struct
import zlib

import pytest

from dyad.document import DyadInputError
from dyad.ingest.decode import decode_page, looks_like_html
from dyad.pipeline import parse_page

TITLE = "越中两国外交部长举行会谈"
ARTICLE = (
    f"{TITLE}\n\n"
    "4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。\n\n"
    "越通社河内——4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。\n\n"
    "范平明强调,越南党和政府重视并希望越中全面战略合作伙伴关系进一步向前发展。(越通社——VNA)\n"
)
HTML = (
    '<html><head><meta charset="utf-8"></head><body>'
    f'<h1 class="article__title">{TITLE}</h1><div class="article__body">'
    "<p>越通社河内——4月1日下午在河内,范平明与王毅举行了会谈。</p>"
    "<p>范平明强调,越南党和政府重视越中全面战略合作伙伴关系。(越通社——VNA)</p></div></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + bytes(13) + zlib.compress(bytes(2000))
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(ARTICLE.encode())
ELF = b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(256)) * 8


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # with BOM
        (ARTICLE.encode("utf-16-le"), "utf-16"),  # without BOM
        (ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("gbk"), "gb18030"),
        (ARTICLE.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom", "gbk", "gb18030"],
)
def test_encodings_decode_to_the_same_article(data: bytes, encoding: str) -> None:
    text, used = decode_page(data)
    assert text == ARTICLE
    assert used.replace("_", "-").startswith(encoding)
    doc = parse_page(data)
    assert doc.slice(doc.title) == TITLE and doc.meta["encoding"] == used


def test_gbk_page_that_declares_utf8_is_read_as_gbk() -> None:
    doc = parse_page(HTML.encode("gbk"))  # the meta says utf-8; the bytes are GBK
    assert doc.slice(doc.title) == TITLE and doc.meta["encoding"] == "gb18030"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        ("\u3000\n".encode(), "not-an-article"),  # ideographic spaces only: text, but no article
        (PNG, "binary"),
        (ZIP, "binary"),
        (ELF, "binary"),
        (b"GIF89a" + bytes(range(256)), "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "binary"),
        (bytes(1000), "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable"),
        (b"Hello world.\nThis is plain English text, not a Chinese article.\n", "not-an-article"),
        (b"<html><body><nav>menu</nav></body></html>", "not-an-article"),
        ("只有一行中文".encode(), "not-an-article"),
    ],
    ids=[
        "0-byte", "whitespace", "ideographic-space", "png", "zip", "elf", "gif", "pdf", "nul",
        "bad-after-bom", "english", "html-no-article", "one-line",
    ],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DyadInputError) as err:
        parse_page(data)
    assert err.value.reason == reason
    assert str(err.value)  # a message in words too


def test_too_large_is_refused_before_any_work() -> None:
    with pytest.raises(DyadInputError) as err:
        parse_page(ARTICLE.encode() * 10, max_bytes=100)
    assert err.value.reason == "too-large"
    with pytest.raises(DyadInputError) as err:
        parse_page(ARTICLE * 10, max_bytes=100)  # str input too
    assert err.value.reason == "too-large"


def test_one_line_title_is_not_mistaken_for_an_article() -> None:
    """A title with no body (a cut page) is refused, not returned empty."""
    with pytest.raises(DyadInputError):
        parse_page(f"{TITLE}\n".encode())


def test_str_input_with_nul_is_binary() -> None:
    with pytest.raises(DyadInputError) as err:
        parse_page(ARTICLE + "\x00\x00")
    assert err.value.reason == "binary"


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html>")
    assert looks_like_html("  \n<div class='x'>越南</div>")
    assert not looks_like_html(ARTICLE)
    assert not looks_like_html("越南 <3 中国")
