"""Claim-checker tests filed by concept (counts, changes, records, rankings, context, ...).

A package, so that its modules (``claims.test_dateline``, ...) never clash with tests/ top-level
names and its helpers (``raw``, ``support``, ``_internals``) are imported relatively.
"""
