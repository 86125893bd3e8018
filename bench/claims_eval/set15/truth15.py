"""set15 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats).

Kept as a module of its own so that set15/spec.py reads as it was frozen.
"""
from truth_sets import *  # noqa: F401,F403
from truth_sets import _col_month, _dash, _force_month, _victims  # noqa: F401
