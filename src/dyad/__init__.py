"""dyad: Chinese-language international-relations news to an evidence-linked event database."""

from dyad.document import Document, DyadInputError, Span, Teaser
from dyad.pipeline import extract, parse_page
from dyad.record import to_record

__all__ = ["Document", "DyadInputError", "Span", "Teaser", "extract", "parse_page", "to_record"]
__version__ = "0.1.0"
