"""The store: one DuckDB file with its schema, ingest, coverage, read-only queries and fetch.

Owns every table and the SQL that writes them. May import ``sources`` (the readers it runs),
``reference`` and ``_errors``; nothing above it.
"""
