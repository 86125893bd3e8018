"""The only place the claim-checker tests reach into private modules of ``crimestats.claims``.

When those modules move again, repoint these imports (nothing else in tests/claims/ imports a private module).
"""

from __future__ import annotations

from crimestats.claims._caseless import Caseless, boundary_factored, lowercase_twin, twin_may_answer
from crimestats.claims._check import publication_date
from crimestats.claims._frames import FRAME_TYPES, frame_of
from crimestats.claims._model import COARSE_KIND, ClaimKind, frame_kind
from crimestats.claims.extract._dateline import find_dateline
from crimestats.claims.extract._months import month_range
from crimestats.claims.extract._numbers import find_numbers
from crimestats.claims.extract._rules import _OPENERS as OPENERS
from crimestats.claims.extract._rules import _PREFILTER as OPENING_PREFILTER
from crimestats.claims.extract._rules import RULES
from crimestats.claims.extract._scan import Scan, has, trie_alternation
from crimestats.claims.extract._subjects import _ANY_SUBJECT as ANY_SUBJECT
from crimestats.claims.extract._subjects import _SUBJECTS as SUBJECTS
from crimestats.claims.judge._rounding import count_holds, share_fraction_holds
from crimestats.claims.judge._verdict import JUDGES

__all__ = ["Caseless", "boundary_factored", "lowercase_twin", "twin_may_answer", "ANY_SUBJECT", "SUBJECTS", "OPENERS", "OPENING_PREFILTER", "RULES", "Scan", "has", "trie_alternation", "COARSE_KIND", "ClaimKind", "FRAME_TYPES", "JUDGES", "frame_of", "frame_kind", "count_holds", "share_fraction_holds", "find_dateline", "find_numbers", "month_range", "publication_date"]
