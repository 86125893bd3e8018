"""The rounding policy: when does a claimed figure 'hold' for the figure the data gives?

Documented in docs/claims.md; in short:

* Counts written exactly ('109', 'nine') hold only for that number.  A round figure of four or
  more digits ('1,200', '3,000') holds for values that round to it at its last non-zero digit,
  but never more loosely than within 5% ('10,000' holds for 9,500-10,500).  '1.2 million' holds
  for values that round to it at the precision written (1.15-1.25 million).
  'about / around / nearly / almost N' hold within 5% of N (at least 1); 'more than N' needs
  found > N; 'fewer than N' found < N.  Vague words hold in a band: 'hundreds' 200-999,
  'thousands' 2,000-9,999, 'tens of thousands' 20,000-99,999, 'dozens' 24-99.
* Percentages hold for values that round to the claim at the precision it is written in: '17%'
  holds for 16.5 <= x < 17.5; '16.7%' for 16.65 <= x < 16.75.  'About 17%' holds within 1.5
  points.  A percentage change must also have the claimed direction.
* Ratio and fraction words hold within 20% of the change they imply: 'halved' is a change of -50%,
  so it holds for ratios 0.40-0.60; 'doubled' 1.80-2.20; 'tripled' 2.60-3.40; 'fell by a third'
  a fall of 26.7%-40%; 'a quarter' 20%-30%; 'a fifth' 16%-24%; 'a tenth' 8%-12%.  Shares written
  as fractions ('a third of victims') hold within 20% of the fraction.
* Percent vs percentage points: a change in a count is a percent change; 'percentage points'
  is only right for the change in a share or rate, and the checker says so when they are mixed.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["count_holds", "percent_holds", "truncated", "rate_holds", "ratio_holds", "share_fraction_holds", "BAND",
           "INTERVAL_BAND", "SAME_BAND", "EXACT_BAND", "round_half_up", "truncated_count"]

BAND = 0.20     # ratio/fraction words with a hedge ('about a third', 'nearly halved'): within 20% of the implied change
EXACT_BAND = 0.10   # the word alone ('halved', 'up by a fifth', 'doubled'): within 10% of it (a 41% fall is two-fifths)
SAME_BAND = 0.10    # 'roughly the same as': the two figures within 10% of each other
CLOSE_BAND = 0.03   # 'virtually unchanged', 'almost the same': within 3%
INTERVAL_BAND = 0.15    # "one every N minutes": the interval found within 15% of the one claimed


def round_half_up(x: float, places: int = 0) -> float:
    q = Decimal(1).scaleb(-places)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def count_holds(*, claimed: float, found: float, approx: str = "exact", written: str = "",
                low: float | None = None, high: float | None = None) -> tuple[bool, str]:
    """Does a claimed count hold for ``found``?  Returns (holds, the rule applied)."""
    if approx == "vague" and low is not None and high is not None:
        return low <= found <= high, f"'{written}' read as {low:,.0f}-{high:,.0f}"
    if approx == "about":
        tol = max(1.0, 0.05 * claimed)
        return abs(found - claimed) <= tol, f"'about {written}' read as within {tol:,.0f} of {claimed:,.0f}"
    if approx == "more_than":
        return found > claimed, f"'more than {written}' needs more than {claimed:,.0f}"
    if approx == "at_least":
        return found >= claimed, f"'{written}' needs at least {claimed:,.0f}"
    if approx == "fewer_than":
        return found < claimed, f"'fewer than {written}' needs fewer than {claimed:,.0f}"
    n = int(claimed)
    if claimed == n and n >= 1000 and n % 10 == 0:
        zeros = len(str(n)) - len(str(n).rstrip("0"))
        unit = 10 ** zeros
        tol = min(unit / 2, 0.05 * n)     # a round figure is never looser than 'about' (5%)
        if tol < unit / 2:
            return abs(found - n) <= tol, f"'{written}' read as a round figure, within 5% ({tol:,.0f})"
        return round_half_up(found / unit) * unit == n, f"'{written}' read as rounded to the nearest {unit:,}"
    return found == claimed, "an exact count"


def truncated_count(*, claimed: float, found: float) -> int | None:
    """The unit a round count was cut down to ('146,000' for 146,653: 1,000), when it is that and not a rounding;
    None otherwise.  Only for figures of at least 1,000 written to their last two or more zeros, and never more
    than 5% below the figure ('3,000' for 3,900 is no truncation)."""
    n = int(claimed)
    if claimed != n or n < 1000 or n % 100:
        return None
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    unit = 10 ** zeros
    return unit if n <= found < n + unit and int(found // unit) * unit == n and found - n <= 0.05 * n else None


def percent_holds(*, claimed: float, found: float, places: int, written: str = "",
                  approx: str = "exact") -> tuple[bool, str]:
    """Does a claimed percentage (signed for changes) hold for ``found`` (signed)?  ``places``: the
    decimal places it is written with (``_frames.decimals_of``); ``written`` only words the rule."""
    if claimed and found and (claimed > 0) != (found > 0):
        return False, "the change goes the other way"
    if approx in ("about", "vague"):
        return abs(abs(found) - abs(claimed)) <= 1.5, "'about' read as within 1.5 points"
    if approx == "more_than":
        return abs(found) > abs(claimed), f"'more than {abs(claimed):g}%'"
    if approx == "fewer_than":
        return abs(found) < abs(claimed), f"'less than {abs(claimed):g}%'"
    return (round_half_up(abs(found), places) == round_half_up(abs(claimed), places),
            f"'{written}' holds for values that round to {abs(claimed):g}")


# the largest share of a whole-number percentage its dropped decimals may be ('N% for N.8%')
TRUNCATION = 0.025


def truncated(*, claimed: float, found: float, places: int, approx: str = "exact") -> bool:
    """'fell by N%' for a fall of N.8%: a whole-number percentage that drops the decimals of the figure
    (same sign, same whole part) rather than rounding it; close enough for a caveat, not for 'accurate'.
    ``places``: the decimal places the claim is written with."""
    if approx != "exact" or places or claimed == 0 or (claimed > 0) != (found > 0):
        return False
    # only where the dropped decimals are small beside the figure (N% for N.8% with N large, not small), or where
    # the figure is N.5 to one decimal place (a published N.5% is rounded either way)
    return int(abs(found)) == int(abs(claimed)) and abs(claimed) == int(abs(claimed)) and (
        abs(abs(found) - abs(claimed)) <= TRUNCATION * abs(claimed) or round(abs(found) - int(abs(found)), 1) == 0.5)


def rate_holds(*, claimed: float, found: float, places: int, written: str = "",
               approx: str = "exact") -> tuple[bool, str]:
    """Does a claimed rate ('N per 100,000', 'N.N per 1,000') hold for ``found``?

    Like a percentage, but a whole rate of three or more digits ending in zeros is a round figure:
    'N60' holds for values that round to it at its last non-zero digit (N55-N65), never more
    loosely than within 5%, just as for round counts.
    """
    ok, rule = percent_holds(claimed=claimed, found=found, places=places, written=written, approx=approx)
    n = abs(claimed)
    if not ok and approx == "about" and n >= 100 and abs(abs(found) - n) <= 0.05 * n:
        return True, f"'about {written}' read as within 5%"
    if ok or approx != "exact" or places or n != int(n) or n < 100 or int(n) % 10:
        return ok, rule
    zeros = len(str(int(n))) - len(str(int(n)).rstrip("0"))
    unit = 10 ** zeros
    tol = min(unit / 2, 0.05 * n)
    if abs(abs(found) - n) < tol or (tol == unit / 2 and round_half_up(abs(found) / unit) * unit == n):
        return True, f"'{written}' read as a round figure, to the nearest {unit:,}"
    return False, rule


# the sizes of change a fraction or multiple word can name: a tenth ... three-quarters, doubled (+1), tripled (+2)
_WORD_SIZES = (0.1, 0.125, 1 / 6, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.75, 1.0, 1.5, 2.0, 3.0)


def ratio_holds(*, implied: float, found: float, band: float = BAND) -> tuple[bool, str]:
    """Ratio words: 'halved' implies ratio 0.5, i.e. a change of -0.5; holds within ``band`` of that change.

    With ``EXACT_BAND`` (the word said alone) a change just outside it still holds when the word is the nearest
    one to it within the hedged ``BAND``: a fall of 22% is 'a fifth' (not a quarter), 16% is a sixth, not 'a fifth',
    41% is two-fifths, not 'halved'."""
    lo, hi = ratio_band(implied, band)
    ok = lo <= found <= hi
    rule = f"read as a ratio of {lo:.2f} to {hi:.2f}, the implied change give or take {band:.0%}"
    if not ok and band == EXACT_BAND:
        wlo, whi = ratio_band(implied, BAND)
        size, said = abs(found - 1.0), abs(implied - 1.0)
        nearest = min(_WORD_SIZES, key=lambda w: abs(w - size))
        if wlo <= found <= whi and abs(said - size) <= abs(nearest - size) + 1e-9:
            ok, rule = True, (f"read as a ratio of {lo:.2f} to {hi:.2f}, or up to {wlo:.2f}-{whi:.2f} where no other "
                              "fraction or multiple is nearer")
    return ok, rule


def share_fraction_holds(*, implied: float, found: float) -> tuple[bool, str]:
    """'a third', 'nine in ten': within BAND of the smaller side (the share or the rest); above a half, at least five
    points either way.

    'Nine in ten solved' is 'one in ten not solved': the band is as tight as for 'one in ten', not 72% to 108%."""
    half = max(BAND * (1 - implied), 0.05) if 0.5 < implied < 1 else BAND * implied
    lo, hi = implied - half, implied + half
    return lo <= found <= hi, f"read as {lo:.0%} to {hi:.0%}"


def ratio_band(implied: float, band: float = BAND) -> tuple[float, float]:
    change = implied - 1.0
    lo, hi = sorted((1 + change * (1 - band), 1 + change * (1 + band)))
    return lo, hi


def fmt_pct(x: float | None) -> str:
    if x is None or math.isnan(x):
        return "n/a"
    return f"{abs(x):.1f}%"
