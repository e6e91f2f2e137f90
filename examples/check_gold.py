#!/usr/bin/env python3
"""Validate examples/gold.jsonl against examples/pages/ (stdlib only).

usage: check_gold.py [--gold GOLD.jsonl] [--pages DIR] [--lenient-evidence]

Checks, for every gold line:
  * the document exists in the pages directory and can be decoded (BOM, <meta charset>, UTF-8, GBK);
  * main.title, main.body_starts, main.body_ends and every event's evidence occur in the page text
    (HTML: scripts/styles dropped, tags stripped, entities unescaped);
  * section / type / mode are in the sets of /work/shared/gold/SCHEMA.md;
  * dates are ISO dates or ISO ranges (start <= end) or null, and published is an ISO date or null;
  * country codes are three upper-case letters or null; amounts are {value > 0, currency};
  * the number of "related" events equals main.related (one headline event per teaser).
Exits 1 if anything fails, printing one line per problem.
"""
from __future__ import annotations

import argparse
import codecs
import datetime as dt
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SECTIONS = {"main", "related"}
TYPES = {"CONSULT", "AGREE", "AID", "SUPPORT", "REQUEST", "COOPERATE", "ACCUSE", "OTHER"}
MODES = {"visit", "meeting", "talks", "video", "multilateral", "phone", "message", "sign", "pledge", None}
KEYS = ["section", "type", "mode", "date", "date_basis", "location", "source", "target", "amount", "evidence"]
COUNTRY = re.compile(r"^[A-Z]{3}$")
META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


def decode(data: bytes, is_html: bool) -> tuple[str, str]:
    """Return (text, encoding used)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    candidates = []
    if is_html:
        m = META_CHARSET.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii").lower()
            candidates.append("gb18030" if name in {"gbk", "gb2312", "gb18030"} else name)
    candidates += ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnicodeDecodeError("unknown", data, 0, 1, "no candidate encoding worked")


def html_text(doc: str) -> str:
    doc = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    doc = re.sub(r"(?s)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|figcaption|figure|article|section|title)>", "\n", doc)
    doc = re.sub(r"<[^>]+>", "", doc)
    return html.unescape(doc).replace("\xa0", " ")


def iso_date(s: str) -> dt.date | None:
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def check_date(value, where, problems):
    if value is None:
        return
    if not isinstance(value, str):
        problems.append(f"{where}: date is not a string: {value!r}")
        return
    start, sep, end = value.partition("/")
    a, b = iso_date(start), iso_date(end) if sep else iso_date(start)
    if a is None or b is None:
        problems.append(f"{where}: bad date {value!r}")
    elif a > b:
        problems.append(f"{where}: range ends before it starts: {value!r}")


def check_people(side, where, problems):
    if not isinstance(side, list):
        problems.append(f"{where}: not a list")
        return
    for i, p in enumerate(side):
        w = f"{where}[{i}]"
        if not isinstance(p, dict) or set(p) != {"name", "latin", "title", "country"}:
            problems.append(f"{w}: needs exactly name/latin/title/country")
            continue
        if not p["name"]:
            problems.append(f"{w}: empty name")
        c = p["country"]
        if c is not None and not (isinstance(c, str) and COUNTRY.match(c)):
            problems.append(f"{w}: bad country {c!r}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=os.path.join(HERE, "gold.jsonl"))
    ap.add_argument("--pages", default=os.path.join(HERE, "pages"))
    ap.add_argument("--lenient-evidence", action="store_true",
                    help="report evidence not found in the page as a warning only")
    args = ap.parse_args(argv)

    problems: list[str] = []
    warnings: list[str] = []
    types: Counter = Counter()
    docs = 0
    with open(args.gold, encoding="utf-8") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip()]
    seen = set()
    for n, line in lines:
        try:
            g = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: invalid JSON ({exc})")
            continue
        doc = g.get("doc")
        where = f"line {n} ({doc})"
        if doc in seen:
            problems.append(f"{where}: duplicate doc")
        seen.add(doc)
        path = os.path.join(args.pages, os.path.basename(doc or ""))
        if not doc or not os.path.isfile(path):
            problems.append(f"{where}: page not found in {args.pages}")
            continue
        docs += 1
        is_html = path.lower().endswith((".html", ".htm"))
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            text, _enc = decode(raw, is_html)
        except UnicodeDecodeError:
            problems.append(f"{where}: cannot decode page")
            continue
        plain = html_text(text) if is_html else text

        pub = g.get("published")
        if pub is not None and iso_date(pub) is None:
            problems.append(f"{where}: bad published {pub!r}")

        m = g.get("main") or {}
        for key in ("title", "body_starts", "body_ends", "captions", "related"):
            if key not in m:
                problems.append(f"{where}: main.{key} missing")
        if not m.get("title") or m["title"] not in plain:
            problems.append(f"{where}: title not found in page: {m.get('title')!r}")
        for key in ("body_starts", "body_ends"):
            v = m.get(key)
            if v is not None and v not in plain:
                problems.append(f"{where}: main.{key} not found in page: {v!r}")
        if not isinstance(m.get("captions"), int) or m["captions"] < 0:
            problems.append(f"{where}: main.captions must be an integer >= 0")
        rel = m.get("related")
        if rel is not None and (not isinstance(rel, int) or rel < 0):
            problems.append(f"{where}: main.related must be an integer >= 0 or null")

        events = g.get("events")
        if not isinstance(events, list):
            problems.append(f"{where}: events is not a list")
            continue
        n_related = 0
        for i, e in enumerate(events):
            w = f"{where} event {i}"
            missing = [k for k in KEYS if k not in e]
            if missing:
                problems.append(f"{w}: missing keys {missing}")
                continue
            if e["section"] not in SECTIONS:
                problems.append(f"{w}: bad section {e['section']!r}")
            n_related += e["section"] == "related"
            if e["type"] not in TYPES:
                problems.append(f"{w}: bad type {e['type']!r}")
            if e["mode"] not in MODES:
                problems.append(f"{w}: bad mode {e['mode']!r}")
            types[(e["section"], e["type"])] += 1
            check_date(e["date"], w, problems)
            if not e["date_basis"]:
                problems.append(f"{w}: empty date_basis")
            check_people(e["source"], w + " source", problems)
            check_people(e["target"], w + " target", problems)
            amt = e["amount"]
            if amt is not None:
                if (not isinstance(amt, dict) or set(amt) != {"value", "currency"}
                        or not isinstance(amt["value"], (int, float)) or amt["value"] <= 0
                        or not isinstance(amt["currency"], str) or not amt["currency"]):
                    problems.append(f"{w}: bad amount {amt!r}")
            ev = e["evidence"]
            if not ev:
                problems.append(f"{w}: empty evidence")
            elif ev not in plain:
                (warnings if args.lenient_evidence else problems).append(
                    f"{w}: evidence not found in page: {ev!r}")
        if rel is not None and n_related != rel:
            problems.append(f"{where}: {n_related} related events for {rel} teasers")

    for p in warnings:
        print("warning:", p)
    for p in problems:
        print("FAIL:", p)
    total = sum(types.values())
    print(f"{docs} documents, {total} events; problems: {len(problems)}, warnings: {len(warnings)}")
    for (section, typ), k in sorted(types.items()):
        print(f"  {section:<8} {typ:<10} {k}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
