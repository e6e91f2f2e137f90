"""The store: an embedded SQLite database of documents, actors, events and their links.

``db`` opens it (migrating with ``schema``), ``ingest`` fills it (``sources`` reads inputs,
``prepare`` runs in the workers, ``writer`` and ``clusters`` apply results), ``queries`` and
``search`` read it, ``export`` writes it out, ``commands`` puts it on the command line.
"""
