"""The only place the claim-checker tests reach into private modules of ``crimestats.claims``.

When those modules move (claims/extract/, claims/resolve/, claims/judge/), repoint these imports.
"""

from __future__ import annotations

from crimestats.claims._check import publication_date
from crimestats.claims._dateline import find_dateline
from crimestats.claims._months import month_range
from crimestats.claims._numbers import find_numbers
from crimestats.claims._rounding import count_holds

__all__ = ["count_holds", "find_dateline", "find_numbers", "month_range", "publication_date"]
