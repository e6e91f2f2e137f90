"""What ``dyad ingest`` reads: page files, folders, zip/tar archives, WARC and JSONL crawls.

Every input becomes a stream of ``SourceItem``s: a name (the page's identity in the store),
its raw bytes and metadata, or the reason it could not be read. Nothing here raises for a
bad input: a corrupt archive member or JSONL line becomes an error item and the stream goes
on, so one bad file never stops a batch. Archives are read with size caps per member and per
archive, so a zip bomb costs at most the caps, never the memory of the machine.
"""

from __future__ import annotations

import gzip
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dyad.ingest import PAGE_SUFFIXES
from dyad.ingest.decode import MAX_PAGE_BYTES

__all__ = ["Limits", "SourceItem", "input_kind", "iter_items"]


HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on what one input may make us decompress (zip bombs, runaway JSONL lines)."""

    member_bytes: int = MAX_PAGE_BYTES
    archive_bytes: int = 2 * 1024**3


@dataclass(slots=True)
class SourceItem:
    """One page to ingest (``data``) or one input that failed (``reason`` + ``message``)."""

    name: str
    source: str
    data: bytes | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    message: str | None = None

    @property
    def failed(self) -> bool:
        return self.reason is not None


def _fail(name: str, source: str, reason: str, message: str) -> SourceItem:
    return SourceItem(name=name, source=source, reason=reason, message=message)


def input_kind(path: Path) -> str | None:
    """zip | tar | warc | jsonl | page by the file name; None for files we do not read."""
    name = path.name.lower()
    if name.endswith(".zip"):
        return "zip"
    if name.endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")):
        return "tar"
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return "jsonl"
    suffix = path.suffix.lower() if not name.endswith(".gz") else ""
    return "page" if suffix in PAGE_SUFFIXES else None


def iter_items(paths: list[Path], limits: Limits | None = None) -> Iterator[SourceItem]:
    """Every page under ``paths`` (files named on the command line are read whatever their suffix)."""
    limits = limits or Limits()
    for path in paths:
        label = os.path.normpath(str(path))
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and input_kind(child):
                    yield from _read_path(child, limits)
        elif path.exists():
            yield from _read_path(path, limits)
        else:
            yield _fail(label, label, "not-found", "no such file or folder")


def _read_path(path: Path, limits: Limits) -> Iterator[SourceItem]:
    label = os.path.normpath(str(path))
    kind = input_kind(path) or "page"
    try:
        if kind == "zip":
            yield from _read_zip(path, label, limits)
        elif kind == "tar":
            yield from _read_tar(path, label, limits)
        elif kind == "warc":
            yield from _read_warc(path, label, limits)
        elif kind == "jsonl":
            yield from _read_jsonl(path, label, limits)
        else:
            size = path.stat().st_size
            if size > limits.member_bytes:
                yield _fail(
                    label, label, "too-large", f"{size} bytes, over the page limit {limits.member_bytes}"
                )
                return
            yield SourceItem(name=label, source=label, data=path.read_bytes(), meta={"path": label})
    except OSError as exc:
        yield _fail(label, label, "unreadable", exc.strerror or str(exc))


def _read_capped(stream: IO[bytes], cap: int) -> bytes | None:
    """At most ``cap`` bytes; None when there is more (we stop reading right there)."""
    data = stream.read(cap + 1)
    return None if len(data) > cap else data


def _is_page_member(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return bool(base) and not base.startswith(".") and input_kind(Path(base)) == "page"


_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    tarfile.TarError,
    gzip.BadGzipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


def _read_zip(path: Path, label: str, limits: Limits) -> Iterator[SourceItem]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError) as exc:
        yield _fail(label, label, "corrupt-archive", f"not a readable zip file: {exc}")
        return
    total = 0
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not _is_page_member(info.filename):
                continue
            name = f"{label}!{info.filename}"
            if info.file_size > limits.member_bytes:
                yield _fail(
                    name,
                    label,
                    "too-large",
                    f"member declares {info.file_size} bytes, over the limit {limits.member_bytes}",
                )
                continue
            try:
                with archive.open(info) as member:
                    data = _read_capped(member, limits.member_bytes)
            except _ARCHIVE_ERRORS as exc:
                reason = "encrypted" if "encrypted" in str(exc) else "corrupt-archive"
                yield _fail(name, label, reason, f"{type(exc).__name__}: {exc}")
                continue
            if data is None:
                yield _fail(name, label, "too-large", f"member inflates beyond {limits.member_bytes} bytes")
                continue
            total += len(data)
            if total > limits.archive_bytes:
                yield _fail(
                    label,
                    label,
                    "too-large",
                    f"archive inflates beyond {limits.archive_bytes} bytes: rest skipped",
                )
                return
            yield SourceItem(name=name, source=label, data=data, meta={"path": name})


def _read_tar(path: Path, label: str, limits: Limits) -> Iterator[SourceItem]:
    try:
        archive = tarfile.open(path, mode="r:*")  # noqa: SIM115 - closed by the `with` below
    except _ARCHIVE_ERRORS as exc:
        yield _fail(label, label, "corrupt-archive", f"not a readable tar file: {exc}")
        return
    total = 0
    with archive:
        members = iter(archive)
        while True:
            try:
                info = next(members)
            except StopIteration:
                return
            except _ARCHIVE_ERRORS as exc:  # a stream cannot be read past corruption
                yield _fail(label, label, "corrupt-archive", f"{type(exc).__name__}: {exc}: rest skipped")
                return
            if not info.isfile() or not _is_page_member(info.name):
                continue
            name = f"{label}!{info.name}"
            if info.size > limits.member_bytes:
                yield _fail(
                    name, label, "too-large", f"member has {info.size} bytes, over {limits.member_bytes}"
                )
                continue
            total += info.size
            if total > limits.archive_bytes:
                yield _fail(
                    label,
                    label,
                    "too-large",
                    f"archive holds over {limits.archive_bytes} bytes: rest skipped",
                )
                return
            try:
                stream = archive.extractfile(info)
                data = stream.read(info.size) if stream is not None else None
            except _ARCHIVE_ERRORS as exc:
                yield _fail(name, label, "corrupt-archive", f"{type(exc).__name__}: {exc}: rest skipped")
                return
            if data is not None:
                yield SourceItem(name=name, source=label, data=data, meta={"path": name})


def _read_warc(path: Path, label: str, limits: Limits) -> Iterator[SourceItem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    total = 0
    with path.open("rb") as fh:
        records = iter(ArchiveIterator(fh))
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, *_ARCHIVE_ERRORS) as exc:
                yield _fail(label, label, "corrupt-archive", f"{type(exc).__name__}: {exc}: rest skipped")
                return
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            name = uri or f"{label}#{record.rec_headers.get_header('WARC-Record-ID')}"
            if record.rec_type == "response":
                if record.http_headers is None or record.http_headers.get_statuscode() != "200":
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if not ctype.lower().startswith(HTML_TYPES):
                continue
            try:
                data = _read_capped(record.content_stream(), limits.member_bytes)
            except (ArchiveLoadFailed, *_ARCHIVE_ERRORS) as exc:
                yield _fail(name, label, "corrupt-archive", f"{type(exc).__name__}: {exc}")
                continue
            if data is None:
                yield _fail(name, label, "too-large", f"record over {limits.member_bytes} bytes")
                continue
            if _cut_short(record.raw_stream):
                yield _fail(
                    name, label, "truncated", "record ends before its declared length: page cut short"
                )
                continue
            total += len(data)
            if total > limits.archive_bytes:
                yield _fail(label, label, "too-large", f"archive holds over {limits.archive_bytes} bytes")
                return
            fetched = record.rec_headers.get_header("WARC-Date")
            yield SourceItem(name=name, source=label, data=data, meta=_crawl_meta(name, uri, fetched))


def _cut_short(raw: Any) -> bool:
    """True when a record's stream ends before its Content-Length (a download or copy cut it):
    warcio hands over what is there, and a half page must not pass for the whole article."""
    while getattr(raw, "limit", 0) > 0:
        if not raw.read(min(raw.limit, 1 << 20)):
            return True
    return False


def _crawl_meta(path: str, url: str | None, fetched_at: str | None, published: str | None = None) -> dict:
    meta: dict[str, Any] = {"path": path}
    if url:
        meta["url"] = url
    if fetched_at:
        meta["fetched_at"] = fetched_at
        meta["fetched_date"] = fetched_at[:10]
    if published:
        meta["published"] = published
    return meta


def _open_text_lines(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _read_jsonl(path: Path, label: str, limits: Limits) -> Iterator[SourceItem]:
    """Lines of ``{"url", "html" | "text", "fetched_at", "published"?}``; a bad line is one error."""
    total = 0
    with _open_text_lines(path) as fh:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = fh.readline(limits.member_bytes * 2 + 1)
            except _ARCHIVE_ERRORS as exc:
                yield _fail(f"{label}#{lineno}", label, "corrupt-archive", f"{type(exc).__name__}: {exc}")
                return
            if not line:
                return
            line_name = f"{label}#{lineno}"
            if len(line) > limits.member_bytes * 2:
                yield _fail(
                    line_name, label, "too-large", "line over the page limit: rest of the line skipped"
                )
                while line and not line.endswith(b"\n"):
                    line = fh.readline(1 << 20)
                continue
            if not line.strip():
                continue
            total += len(line)
            if total > limits.archive_bytes:
                yield _fail(label, label, "too-large", f"file holds over {limits.archive_bytes} bytes")
                return
            yield _jsonl_item(line, line_name, label)


def _jsonl_item(line: bytes, line_name: str, label: str) -> SourceItem:
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return _fail(line_name, label, "bad-jsonl", f"not JSON: {exc}")
    if not isinstance(row, dict):
        return _fail(line_name, label, "bad-jsonl", "a line must be a JSON object")
    page = row.get("html") if row.get("html") is not None else row.get("text")
    if not isinstance(page, str) or not page.strip():
        return _fail(line_name, label, "bad-jsonl", 'no "html" or "text" string in the line')
    url = row.get("url") if isinstance(row.get("url"), str) else None
    fetched = row.get("fetched_at") if isinstance(row.get("fetched_at"), str) else None
    published = row.get("published") if isinstance(row.get("published"), str) else None
    name = url or line_name
    return SourceItem(
        name=name, source=label, data=page.encode("utf-8"), meta=_crawl_meta(name, url, fetched, published)
    )
