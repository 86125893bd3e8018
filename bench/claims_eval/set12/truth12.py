"""set12 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats)."""
from truth_sets import *  # noqa: F401,F403
from truth_sets import _dash, _force_month, _victims  # noqa: F401
