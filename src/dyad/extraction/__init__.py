"""Extraction stages over a Document: actors, times, events (``dyad.extract`` runs them).

Named ``extraction`` rather than ``extract`` so the package never shadows the entry point
function ``dyad.extract``.
"""
