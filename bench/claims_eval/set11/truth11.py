"""set11 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats)."""
from truth_sets import *  # noqa: F401,F403
from truth_sets import _dash, _force_month, _victims  # noqa: F401


def in_range(x, lo, hi):
    """lo <= x <= hi (for hedged percentages: 'almost a fifth' = 17.5..20, 'more than a quarter' = >25)."""
    return lo <= x <= hi
