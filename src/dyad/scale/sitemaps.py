"""Reading what a site says it has: sitemaps (with ``lastmod``), RSS and Atom feeds.

Pure functions over bytes, no fetching: the crawler fetches (politely, through robots.txt
and its rate limit) and hands the bodies here. We parse these ourselves rather than through
trafilatura's ``sitemap_search``/``find_feed_urls``: those fetch on their own (no robots.txt,
no per-host rate limit, no WARC of what was read) and return bare URLs, while ``--since``
needs each entry's date.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

__all__ = ["Entry", "Parsed", "parse_sitemap", "parse_feed", "feed_links", "entry_date", "MAX_XML_BYTES"]

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml")


@dataclass(frozen=True, slots=True)
class Entry:
    """One URL a sitemap or feed lists, with the day it says the URL changed (ISO) if any."""

    url: str
    day: str | None = None


@dataclass(slots=True)
class Parsed:
    """A parsed sitemap or feed: its article entries, and (for a sitemap index) more sitemaps."""

    kind: str  # urlset | index | rss | atom | unknown
    entries: list[Entry]
    sitemaps: list[Entry]


def _inflate(data: bytes) -> bytes:
    """Gunzip ``*.xml.gz`` bodies, never beyond MAX_XML_BYTES (a gzip bomb stops there)."""
    if not data.startswith(b"\x1f\x8b"):
        return data[:MAX_XML_BYTES]
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return inflater.decompress(data, MAX_XML_BYTES)
    except zlib.error:
        try:
            return gzip.decompress(data)[:MAX_XML_BYTES]
        except (OSError, EOFError):
            return b""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _root(data: bytes) -> ET.Element | None:
    try:
        return ET.fromstring(_inflate(data))
    except ET.ParseError:
        return None


def entry_date(text: str | None) -> str | None:
    """ISO day of a sitemap ``lastmod`` (W3C datetime) or a feed date (RFC 822 or ISO)."""
    if not text:
        return None
    m = _ISO_DAY.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _child_text(node: ET.Element, *names: str) -> str | None:
    for child in node:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def _news_date(node: ET.Element) -> str | None:
    """Google News sitemaps date a URL by ``<news:news><news:publication_date>``, not ``lastmod``."""
    for child in node.iter():
        if _local(child.tag) == "publication_date" and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(data: bytes, base: str) -> Parsed:
    """A ``urlset`` (pages) or a ``sitemapindex`` (more sitemaps), each ``loc`` with its ``lastmod``."""
    root = _root(data)
    if root is None:
        return Parsed("unknown", [], [])
    kind = _local(root.tag)
    items = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = _child_text(node, "loc")
        if loc:
            items.append(Entry(urljoin(base, loc), entry_date(_child_text(node, "lastmod") or _news_date(node))))
    if kind == "sitemapindex":
        return Parsed("index", [], items)
    if kind == "urlset":
        return Parsed("urlset", items, [])
    return parse_feed(data, base)


def parse_feed(data: bytes, base: str) -> Parsed:
    """RSS 2.0 ``item``s (link, pubDate) or Atom ``entry``s (link href, updated/published)."""
    root = _root(data)
    if root is None:
        return Parsed("unknown", [], [])
    entries: list[Entry] = []
    kind = _local(root.tag)
    if kind == "rss" or kind == "rdf":
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = _child_text(item, "link") or _child_text(item, "guid")
            if link:
                entries.append(Entry(urljoin(base, link), entry_date(_child_text(item, "pubdate", "date"))))
        return Parsed("rss", entries, [])
    if kind == "feed":
        for item in root:
            if _local(item.tag) != "entry":
                continue
            href = next((c.get("href") for c in item if _local(c.tag) == "link"
                         and c.get("rel", "alternate") == "alternate" and c.get("href")), None)
            if href:
                day = entry_date(_child_text(item, "updated", "published"))
                entries.append(Entry(urljoin(base, href), day))
        return Parsed("atom", entries, [])
    if kind == "urlset" or kind == "sitemapindex":
        return parse_sitemap(data, base)
    return Parsed("unknown", [], [])


def feed_links(html: str, base: str) -> list[str]:
    """Feeds a page announces: ``<link rel="alternate" type="application/rss+xml" href=...>``."""
    from selectolax.lexbor import LexborHTMLParser

    links = []
    for node in LexborHTMLParser(html).css("link[href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        kind = (node.attributes.get("type") or "").lower()
        if "alternate" in rel and kind.startswith(_FEED_TYPES):
            links.append(urljoin(base, node.attributes.get("href") or ""))
    return list(dict.fromkeys(links))
