"""Judging: (claim, resolved, store) -> verdict, figure found and evidence, one module per claim kind.

May import: claims.resolve, claims.extract, the claims root modules, and facts/ for every figure.
"""
