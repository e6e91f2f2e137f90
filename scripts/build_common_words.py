"""Build ``src/dyad/data/common_words.tsv``: frequent Chinese words that are not names.

A name read after an office word (``领导人商定``, ``双方一致``) is rejected when it is one of
these. The list comes from jieba's dictionary (MIT licence): words of 2-3 Chinese characters
with frequency >= 200 whose part of speech is not a person name (nr*), plus nr-tagged words
with frequency >= 1000 (the dictionary tags some common words, 宣言 or 文明, as names).
Re-run after upgrading jieba: ``.venv/bin/python scripts/build_common_words.py``.
"""

from __future__ import annotations

import datetime
import logging
import re
from pathlib import Path

import jieba
import jieba.posseg

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "common_words.tsv"
# Words below the frequency threshold that still stand after an office-like word in the news
# (``天主教信众`` holds no name): added by hand, kept on every rebuild.
EXTRA = ("信众", "教友", "卓越", "祝贺", "祝福", "贺电", "贺信", "贺函")
VERSION = "4 (v4: 祝贺, 祝福, 贺电, 贺信, 贺函 (祝 and 贺 are surnames: 致电祝贺越共中央总书记、国家主席X holds no name before the first office); v3: 卓越, tagged a name by jieba (久经考验的卓越领导人 holds no name); v2: 信众 and 教友 (天主教信众 holds no name))"


def main() -> None:
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    tags = jieba.posseg.dt.word_tag_tab
    words = sorted(
        {
            w for w, f in jieba.dt.FREQ.items()
            if 2 <= len(w) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
            and ((f >= 200 and not tags.get(w, "").startswith("nr")) or f >= 1000)
        }
        | set(EXTRA)
    )
    header = [
        "# about: frequent Chinese words that are not personal names; a name read after an office word is rejected when it is one of these",
        f"# source: jieba {jieba.__version__} dictionary (MIT), built by scripts/build_common_words.py",
        f"# date: {datetime.date.today().isoformat()}",
        f"# version: {VERSION}",
        "word",
    ]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
