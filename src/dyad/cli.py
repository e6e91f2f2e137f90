"""The ``dyad`` command line. Commands read like sentences: ``dyad extract PAGES...``.

Other command groups (store, web, scale) register themselves in ``_register``; each lives
beside the code it drives.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import typer

from dyad.document import DyadInputError
from dyad.ingest import PAGE_SUFFIXES
from dyad.ingest.decode import MAX_PAGE_BYTES
from dyad.pipeline import extract as extract_page
from dyad.record import to_record

app = typer.Typer(
    name="dyad",
    help="Chinese-language international-relations news -> an evidence-linked event database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """dyad: Chinese-language international-relations news -> an evidence-linked event database."""




class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    text = "text"


def iter_page_files(paths: list[Path]) -> Iterator[Path]:
    """Files named on the command line, and page files found under named folders, sorted."""
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES and not p.name.startswith("."):
                    yield p
        else:
            yield path


def _read_page(path: Path) -> bytes:
    """The file's bytes; a file over the page limit is refused before it is read into memory."""
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise DyadInputError("too-large", f"page has {size} bytes, over the limit {MAX_PAGE_BYTES}")
    return path.read_bytes()


def _text_summary(rec: dict) -> str:
    lines = [f"== {rec['doc']}", f"title: {rec['title']}", f"published: {rec['published']}"]
    lines.append(f"body: {len(rec['body'])} paragraphs, captions: {len(rec['captions'])}, "
                 f"related: {len(rec['related'])}")
    for ev in rec["events"]:
        src = ",".join(p.get("name", "") for p in ev.get("source", []))
        tgt = ",".join(p.get("name", "") for p in ev.get("target", []))
        lines.append(f"  [{ev.get('section')}] {ev.get('type')}/{ev.get('mode')} {ev.get('date')} "
                     f"{src} -> {tgt} @ {ev.get('location')}  «{ev.get('evidence', {}).get('text', '')}»")
    return "\n".join(lines)


@app.command("extract")
def extract_cmd(
    paths: list[Path] = typer.Argument(..., help="Page files (text dumps or HTML) or folders of them."),
    fmt: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="jsonl, json or text."),
    stats: bool = typer.Option(False, "--stats", help="Print extraction counts to stderr at the end."),
) -> None:
    """Extract articles, actors, dates and events from pages; print one record per page."""
    records: list[dict] = []
    totals: dict[str, int] = {}
    ok = failed = 0
    for path in iter_page_files(paths):
        try:
            data = _read_page(path)
            doc = extract_page(data, url=None, meta={"path": str(path)})
        except DyadInputError as exc:
            failed += 1
            typer.echo(f"dyad: {path}: {exc.reason}: {exc}", err=True)
            continue
        except OSError as exc:
            failed += 1
            reason = "not-found" if isinstance(exc, FileNotFoundError) else "unreadable"
            typer.echo(f"dyad: {path}: {reason}: {exc.strerror or exc}", err=True)
            continue
        except Exception as exc:  # a bug on one page must not lose the rest of a batch
            failed += 1
            typer.echo(f"dyad: {path}: internal-error: {type(exc).__name__}: {exc}", err=True)
            continue
        ok += 1
        rec = to_record(doc, name=str(path))
        if stats:  # on demand: conflicts cost a pass over the page's people and offices
            from dyad.extraction.times import tenure_conflicts

            conflicts = [c.to_dict(doc.text) for c in tenure_conflicts(doc)]
            rec["tenure_conflicts"] = conflicts
            doc.stats["tenure_conflicts"] = len(conflicts)
            for c in conflicts:
                typer.echo(f"dyad: {path}: tenure-conflict: {c['person']} as {c['office']} on "
                           f"{'..'.join(c['dates'])}, known terms {c['terms']}", err=True)
        for k, v in doc.stats.items():
            totals[k] = totals.get(k, 0) + v
        if fmt is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif fmt is OutputFormat.text:
            sys.stdout.write(_text_summary(rec) + "\n\n")
        else:
            records.append(rec)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if stats:
        totals.update({"documents": ok, "failed": failed})
        typer.echo(json.dumps(totals, ensure_ascii=False, sort_keys=True), err=True)
    if ok == 0:
        raise typer.Exit(1)


def _register() -> None:
    """Attach the command groups that live with the code they drive."""
    import importlib

    for module in ("dyad.store.commands", "dyad.web.commands", "dyad.scale.commands", "dyad.evaluate", "dyad.check"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:  # that part is not built (yet): nothing to register
                continue
            raise
        mod.register(app)


_register()


def main() -> None:
    app()
