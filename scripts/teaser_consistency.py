#!/usr/bin/env python3
"""Teaser headlines against their own articles: an audit that needs no gold.

usage: scripts/teaser_consistency.py PAGES_DIR... [--all]

A ``更多`` list tells each article again as a caption, a title and its lead. Most pages crawled
show few complete lists, but every page's own title and lead are such a teaser. For each page,
this script writes its title and first paragraph as an item of a ``更多`` list under a small
host article, extracts that page with dyad, and compares the item's one headline event with the
events dyad finds in the page's own title and lead (type, mode, source and target names). A
headline that agrees with none of them is printed: either the teaser reading or the article
reading is wrong, and a reader decides which. ``--all`` prints the agreeing ones too.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import dyad
from dyad.record import to_record

HOST = (
    "越南与新西兰举行政治磋商\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武与新西兰外交贸易部副秘书长"
    "在河内举行第五次政治磋商。\n\n双方同意加强合作。\n\n越通社\n\n更多\n\n"
)
_CAPTION_WORDS = re.compile(r"图片来源|图自|hinh anh|ảnh\s*\d")
_DATELINE = re.compile(r"^越通社[^——]{0,12}——")


def title_and_lead(raw: bytes) -> tuple[str, str] | None:
    """The page's title and its first paragraph that is not a caption, as dyad parses them."""
    doc = dyad.parse_page(raw)
    if doc.title is None:
        return None
    title = doc.slice(doc.title).strip()
    for span in ([doc.lead] if doc.lead else []) + doc.body:
        text = _DATELINE.sub("", doc.slice(span).strip())
        if len(text) > 20 and not _CAPTION_WORDS.search(text):
            return title, text
    return None


def _key(event: dict) -> tuple:
    def names(side: list[dict]) -> tuple[str, ...]:
        return tuple(sorted(p["name"] for p in side))

    return event["type"], event["mode"], names(event["source"]), names(event["target"])


def compare(raw: bytes) -> tuple[str, str, list[tuple], list[tuple]] | None:
    """(title, lead, the teaser's headline keys, the article's keys for its title and lead)."""
    pair = title_and_lead(raw)
    if pair is None:
        return None
    title, lead = pair
    page = HOST + f"{title} 图自越通社\n\n{title}\n\n{lead}\n"
    teaser = [_key(e) for e in to_record(dyad.extract(page))["events"] if e["section"] == "related"]
    # the article's own telling: its title, its lead and its first paragraph (the body may repeat the
    # lead after its dateline, or tell it at more length)
    doc = dyad.extract(raw)
    first = doc.body[0].end if doc.body else len(doc.text)
    own = [
        _key(e)
        for e in to_record(doc)["events"]
        if e["section"] == "main" and e["evidence"]["start"] < first
    ]
    return title, lead, teaser, own


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--all", action="store_true", help="print agreeing pages too")
    args = ap.parse_args()
    agree = differ = 0
    for d in args.dirs:
        for path in sorted(p for p in Path(d).iterdir() if p.is_file()):
            try:
                found = compare(path.read_bytes())
            except dyad.DyadInputError as err:  # an empty or unreadable page: said, and the batch goes on
                print(f"{path}: skipped ({err})")
                continue
            if found is None:
                continue
            title, lead, teaser, own = found
            real = [k for k in teaser if k[0] != "OTHER"]
            ok = (not own and not real) or bool(set(teaser) & set(own))
            agree += ok
            differ += not ok
            if args.all or not ok:
                print(f"== {path}\n   {title}\n   {lead[:120]}\n   teaser: {teaser}\n   article: {own}")
    print(f"teasers agreeing with their article: {agree} / {agree + differ}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
