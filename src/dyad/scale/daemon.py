"""The pyspark worker daemon, with dyad's pipeline loaded once before it forks workers.

pyspark forks a Python worker per task slot from one daemon per executor. Loaded in each
worker, the lexicons and jieba's dictionaries cost seconds per worker; loaded here, before
the fork, the workers share them copy-on-write and start warm. Enabled by
``spark.python.daemon.module=dyad.scale.daemon`` (``spark_session`` sets it).
"""

from __future__ import annotations

import contextlib

WARM_PAGE = (
    "越南与老挝加强合作\n\n越通社河内——9月9日上午,越南政府总理范明政在河内会见老挝总理宋赛·西潘敦。"
    "双方同意加强合作。\n\n(越通社——VNA)\n"
)


def warm() -> None:
    """Import and run the pipeline once, so every lazy table is loaded before the fork."""
    from dyad.pipeline import extract
    from dyad.store.prepare import prepare

    with contextlib.suppress(Exception):  # a warm-up must never stop the executor
        prepare(extract(WARM_PAGE), "warm-up")


if __name__ == "__main__":
    from pyspark.daemon import manager

    warm()
    manager()
