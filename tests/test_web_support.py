"""Support for the web tests: one store per test session (the sample corpus, ingested by the
store's own ``ingest``, plus a hostile page), and the real app served by uvicorn in a thread.

The store is built once per process (``build_web_db`` is cached), so the API and the browser
test modules share it; each module serves it with its own ``Served`` instance.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import socket
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

from conftest import EXAMPLES, render_vnp_html

XSS_TITLE = "<script>alert(1)</script>王毅会见越南外长 javascript:alert(1)"
XSS_NAME = "hostile/xss.html"
TOKEN = "test-token-0123456789abcdef"
LINKED_TEASER_TITLE = "范明政总理会见中国国务委员兼外长王毅"  # the title of examples/pages/019
LINKED_TEASER_HREF = "https://zh.vietnamplus.vn/pham-minh-chinh-vuong-nghi-160117.vnp"


def hostile_page() -> str:
    """A page whose title, lead, body, teaser and canonical URL carry script and javascript: URLs."""
    return render_vnp_html(
        XSS_TITLE,
        "9月11日下午,越南政府总理范明政在政府总部会见了中国国务委员兼外交部长王毅。"
        "<img src=x onerror=alert(1)>",
        [
            "9月11日下午,越南政府总理范明政在河内会见了中国国务委员兼外交部长王毅。<script>alert(2)</script>",
            '双方同意加强合作。<a href="javascript:alert(1)">javascript:alert(1)</a>',
        ],
        teasers=[
            {
                "href": "javascript:alert(1)",
                "title": "<script>alert(3)</script>越中合作",
                "summary": "<b onmouseover=alert(4)>x</b>王毅",
            },
            {  # a teaser of an article in the corpus: the store links it by title
                "href": LINKED_TEASER_HREF,
                "title": LINKED_TEASER_TITLE,
                "summary": "9月11日下午,越南政府总理范明政在政府总部会见了中国国务委员兼外交部长王毅。",
            },
        ],
        canonical="javascript:alert(1)",
    )


@functools.cache
def build_web_db() -> Path:
    """The sample corpus and one hostile page in a fresh store (kept for the whole session)."""
    from dyad.pipeline import extract
    from dyad.store.db import connect
    from dyad.store.ingest import IngestOptions, add_document, ingest

    work = Path(tempfile.mkdtemp(prefix="dyad-web-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    db = work / "web.db"
    with closing(connect(db)) as conn:
        summary = ingest(conn, [EXAMPLES / "pages"], IngestOptions(workers=1))
        assert summary.added >= 20, summary
        page = hostile_page()
        add_document(conn, extract(page, meta={"path": XSS_NAME}), XSS_NAME, raw=page)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """The app under uvicorn on 127.0.0.1 in a daemon thread; ``stop()`` shuts it down."""

    def __init__(self, app: object) -> None:
        import uvicorn

        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="dyad-web-test", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        self.port = int(self.server.servers[0].sockets[0].getsockname()[1])  # the ephemeral port
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
