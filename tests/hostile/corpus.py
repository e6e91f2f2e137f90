"""A synthetic corpus in the sample corpus's shapes: short agency pages, names and dates permuted.

The crash and load tests need thousands of pages that read like the real ones (titles,
datelines, offices, dated meetings, so every stage runs and events come out) yet cost a few
milliseconds each. Each page is the title and first paragraphs of an ``examples/pages/*.txt``
page with its people swapped among the corpus's own leaders, its days moved, and a serial
number, so every page is distinct content (one document each) and the output is reproducible.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from dyad.ingest.decode import decode_page

__all__ = ["LEADERS", "make_corpus", "short_pages", "write_corpus"]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pages"

# Leaders the sample pages name, by the same office family, so a swap keeps the sentence true
# to its shape (a head of party for a head of party, a premier for a premier...).
LEADERS = (
    ("阮富仲", "苏林", "阮春福", "武文赏"),
    ("范明政", "阮春福", "范平明", "武德儋"),
    ("习近平", "李强", "王毅", "王沪宁"),
    ("洪森", "洪玛奈", "韩春林"),
    ("本扬·沃拉吉", "通伦·西苏里", "宋赛·西潘敦"),
)
_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def short_pages(folder: Path = EXAMPLES, paragraphs: int = 2) -> list[str]:
    """The text pages of the sample corpus cut to title + ``paragraphs`` paragraphs."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = decode_page(path.read_bytes())[0]
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) > paragraphs:
            out.append("\n\n".join(lines[: paragraphs + 1]) + "\n")
    return out


def _permute(text: str, rng: random.Random, serial: int) -> str:
    for group in LEADERS:
        swap = dict(zip(group, rng.sample(group, len(group)), strict=True))
        text = re.sub("|".join(map(re.escape, group)), lambda m, s=swap: s[m.group(0)], text)

    def day(m: re.Match[str]) -> str:
        month = rng.randint(1, 12)
        return f"{month}月{rng.randint(1, 28)}日"

    text = _DAY.sub(day, text)
    return text.rstrip("\n") + f"\n\n本条消息编号{serial}。(越通社——VNA)\n"


def make_corpus(n: int, seed: int = 7, start: int = 0) -> dict[str, str]:
    """``n`` distinct pages, ``name -> text``, numbered from ``start`` (pages with different
    numbers are different content); the same for the same arguments."""
    rng = random.Random(seed)
    shapes = short_pages()
    return {f"p{i:06d}.txt": _permute(shapes[i % len(shapes)], rng, i) for i in range(start, start + n)}


def write_corpus(folder: Path, n: int, seed: int = 7, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in make_corpus(n, seed, start).items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
