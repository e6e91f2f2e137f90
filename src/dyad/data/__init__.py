"""Domain knowledge shipped as data files (lexicons, tables), loaded once.

Every table is a UTF-8 TSV file in this folder. Lines starting with ``#`` are the header:
they must say ``# source:``, ``# date:`` and ``# version:``; the first other line names the
columns. Cells holding several values separate them with ``|``. Tables are read once per
process and cached, so the pure pipeline never touches the disk after warm-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Table", "load_table", "table_names"]


@dataclass(frozen=True)
class Table:
    """A loaded data table: its header metadata and its rows as dicts."""

    name: str
    meta: dict[str, str]
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]

    def column(self, name: str) -> list[str]:
        return [row[name] for row in self.rows]


def table_names() -> list[str]:
    """Names (without ``.tsv``) of every table shipped in this package."""
    root = resources.files(__package__)
    return sorted(p.name[:-4] for p in root.iterdir() if p.name.endswith(".tsv"))


@cache
def load_table(name: str) -> Table:
    """Load ``<name>.tsv`` from this package. Raises ValueError on a malformed file."""
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    columns: tuple[str, ...] | None = None
    rows: list[dict[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and columns is None:
                meta[key.strip().lower()] = value.strip()
            continue
        cells = line.split("\t")
        if columns is None:
            columns = tuple(c.strip() for c in cells)
            continue
        if len(cells) > len(columns):
            raise ValueError(f"{name}.tsv line {lineno}: {len(cells)} cells for {len(columns)} columns")
        cells += [""] * (len(columns) - len(cells))
        rows.append({c: v.strip() for c, v in zip(columns, cells, strict=True)})
    if columns is None:
        raise ValueError(f"{name}.tsv has no column line")
    return Table(name=name, meta=meta, columns=columns, rows=tuple(rows))
