"""Where pages come from in a batch: page files, JSONL lines, WARC records.

The Spark executors, the local reference run and the benchmark all turn their inputs into
``PageInput`` here, so a page reaches ``dyad.extract`` with the same name, URL and metadata
whichever way it was read. Nothing here raises on bad input: it yields ``SourceError``
instead, because one broken file must not fail a job over millions.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

from dyad.ingest import PAGE_SUFFIXES as _SUFFIXES
from dyad.ingest.decode import MAX_PAGE_BYTES

__all__ = [
    "PageInput",
    "SourceError",
    "crawl_meta",
    "iter_local_inputs",
    "kind_of",
    "local_name",
    "page_from_file",
    "page_from_jsonl_line",
    "pages_from_warc",
]


PAGE_SUFFIXES = tuple(sorted(s for s in _SUFFIXES if s))
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")  # as dyad ingest reads WARCs


@dataclass(slots=True)
class PageInput:
    """One page to extract: ``name`` becomes the record's ``doc``; ``source`` is its file."""

    name: str
    page: bytes | str
    source: str
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def fetched_at(self) -> str | None:
        value = self.meta.get("fetched_at")
        return value if isinstance(value, str) else None


@dataclass(slots=True)
class SourceError:
    """An input that could not even be read as a page (bad JSON line, broken WARC)."""

    source: str
    name: str | None
    reason: str
    message: str


def kind_of(path: str) -> str | None:
    """``page``, ``jsonl`` or ``warc`` by file name; None for files a batch should ignore.

    Names starting with ``.`` or ``_`` are skipped: Hadoop writes ``_SUCCESS`` and editors
    write dot-files into the folders people point the job at.
    """
    name = path.rstrip("/").rsplit("/", 1)[-1].lower()
    if not name or name.startswith((".", "_")):
        return None
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(PAGE_SUFFIXES) or "." not in name:
        return "page"
    return None


def local_name(uri: str) -> str:
    """``file:/x/y.html`` -> ``/x/y.html``: Spark's URIs named as ``dyad ingest`` names files."""
    if uri.startswith("file:"):
        path = uri[len("file://") :] if uri.startswith("file:///") else uri[len("file:") :]
        return os.path.normpath(unquote(path))
    if "://" not in uri:
        return os.path.normpath(uri)
    return uri


def page_from_file(path: str, data: bytes) -> PageInput:
    """A whole file is one page; its path is its name (as in ``dyad extract PATH``)."""
    name = local_name(path)
    return PageInput(name=name, page=data, source=name, meta={"path": name})


def page_from_jsonl_line(line: str | bytes, source: str) -> PageInput | SourceError | None:
    """One ``{url, html|text, fetched_at}`` line; None for a blank line.

    A line without ``url`` is named ``<file>#<hash of the line>``: Spark's line readers do not
    know line numbers, and a name must be the same however the file was split.
    """
    source = local_name(source)
    if isinstance(line, bytes):
        line = line.decode("utf-8", errors="replace")
    if not line.strip():
        return None
    digest = hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return SourceError(source, f"{source}#{digest}", "bad-jsonl", f"not JSON: {exc}")
    if not isinstance(obj, dict):
        return SourceError(source, f"{source}#{digest}", "bad-jsonl", "line is not a JSON object")
    page = obj.get("html") if obj.get("html") is not None else obj.get("text")
    url = obj.get("url") if isinstance(obj.get("url"), str) and obj.get("url") else None
    name = url or f"{source}#{digest}"
    if not isinstance(page, str) or not page.strip():
        return SourceError(source, name, "bad-jsonl", "line has neither an 'html' nor a 'text' string")
    published = obj.get("published") if isinstance(obj.get("published"), str) else None
    fetched = obj.get("fetched_at") if isinstance(obj.get("fetched_at"), str) else None
    meta = crawl_meta(name, url, fetched, published)
    # As bytes, like dyad ingest: decode_page then reads it the same way (BOMs, encoding name).
    return PageInput(name=name, page=page.encode("utf-8"), source=source, url=url, meta=meta)


def crawl_meta(
    name: str, url: str | None, fetched_at: str | None, published: str | None = None
) -> dict[str, Any]:
    """The metadata ``dyad ingest`` gives a crawled page (dyad.store.sources does the same).

    ``fetched_date`` is what ``dyad.extract`` falls back to for ``published`` when the page
    states no date; both readers must pass it or their records would differ.
    """
    meta: dict[str, Any] = {"path": name}
    if url:
        meta["url"] = url
    if fetched_at:
        meta["fetched_at"] = fetched_at
        meta["fetched_date"] = fetched_at[:10]
    if published:
        meta["published"] = published
    return meta


def _is_page_record(record: Any) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False  # redirects, 404s: not pages, and not errors of ours either
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return ctype.lower().startswith(HTML_TYPES)


def pages_from_warc(stream: IO[bytes], source: str) -> Iterator[PageInput | SourceError]:
    """Every 200 text/HTML response (or resource) record of a WARC, in file order.

    A record body is read up to one byte over the page limit, so a huge record costs
    bounded memory and ``dyad.extract`` still reports it as ``too-large``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = local_name(source)
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if not _is_page_record(record):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            uri = url or f"{source}#{record.rec_headers.get_header('WARC-Record-ID')}"
            data = record.content_stream().read(MAX_PAGE_BYTES + 1)
            meta = crawl_meta(uri, url, record.rec_headers.get_header("WARC-Date"))
            yield PageInput(name=uri, page=data, source=source, url=url, meta=meta)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
        yield SourceError(source, None, "bad-warc", f"unreadable WARC: {exc}")


def iter_local_inputs(paths: Iterable[Path | str]) -> Iterator[PageInput | SourceError]:
    """The same inputs from the local file system, sorted: the single-machine reference."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and kind_of(str(p)))
        else:
            files.append(path)
    for path in files:
        kind = kind_of(str(path)) or "page"
        if kind == "page":
            yield page_from_file(str(path), path.read_bytes())
        elif kind == "warc":
            with path.open("rb") as fh:
                yield from pages_from_warc(fh, str(path))
        else:
            yield from _jsonl_file(path)


def _jsonl_file(path: Path) -> Iterator[PageInput | SourceError]:
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            item = page_from_jsonl_line(line.rstrip("\n"), str(path))
            if item is not None:
                yield item
