"""Extraction: text -> claims.  Pure text handling (no store, no facts): sentences, numbers and the
words around them, periods as written, and the claim of each kind a sentence makes.

May import: the claims root modules (_model, _sentences, _limits) and the vocabulary in measures/.
"""
