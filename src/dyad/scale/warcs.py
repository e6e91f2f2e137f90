"""Raw pages kept as WARC: what the crawler fetched, byte for byte, with when and from where.

WARC is what web archives and Common Crawl use, so our crawls can be re-read by any tool
(and by ``dyad ingest`` / ``dyad spark-extract``) long after the site changed. Files rotate
at a size limit so no single file grows past what one Spark task reads comfortably.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

__all__ = ["WarcSink", "write_response", "warc_date"]

ROTATE_BYTES = 256 * 1024 * 1024
# httpx hands us the decoded body, so the headers that described the wire encoding would lie.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def warc_date(when: datetime | None = None) -> str:
    """WARC-Date form: UTC, second precision, ``Z``."""
    return (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_response(
    writer: Any,
    url: str,
    status: int,
    reason: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    fetched_at: str | None = None,
) -> None:
    """One ``response`` record (HTTP status line, headers, body) to a warcio ``WARCWriter``."""
    from warcio.statusandheaders import StatusAndHeaders

    kept = [(k, v) for k, v in headers if k.lower() not in _WIRE_HEADERS]
    kept.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": fetched_at or warc_date()}
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=warc_headers
    )
    writer.write_record(record)


class WarcSink:
    """Gzipped WARC files under ``folder``, named by the run, rotated at ``rotate_bytes``."""

    def __init__(self, folder: Path, prefix: str = "dyad-crawl", rotate_bytes: int = ROTATE_BYTES) -> None:
        self.folder = Path(folder)
        self.prefix = f"{prefix}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
        self.rotate_bytes = rotate_bytes
        self.files: list[Path] = []
        self.records = 0
        self._fh: IO[bytes] | None = None
        self._writer: Any = None

    def _open(self) -> Any:
        from warcio.warcwriter import WARCWriter

        if self._fh is not None and self._fh.tell() < self.rotate_bytes:
            return self._writer
        self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.prefix}-{len(self.files):05d}.warc.gz"
        self._fh = path.open("xb")
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(path.name, {"software": "dyad crawl", "format": "WARC/1.0"})
        self._writer.write_record(info)
        self.files.append(path)
        return self._writer

    def write(self, url: str, status: int, reason: str, headers: Iterable[tuple[str, str]], body: bytes,
              fetched_at: str | None = None) -> Path:
        """Append one response; return the file it went to."""
        write_response(self._open(), url, status, reason, headers, body, fetched_at)
        self.records += 1
        assert self._fh is not None
        self._fh.flush()
        return self.files[-1]

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = None
        self._writer = None

    def __enter__(self) -> WarcSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
