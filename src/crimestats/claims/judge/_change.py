"""Change verdicts: a percent change, a ratio ('doubled'), a direction ('fell'), equality with
another period ('the same as in <year>'), a difference in numbers ('N fewer than in <year>') and a change
in percentage points.

All read one ``compute.Change`` (memoised per check); a change that fails on the latest data is
recomputed in the other releases of the same source before it is called inaccurate.
"""

from __future__ import annotations

from typing import Any

from ..._errors import CrimestatsError
from ...facts import _compute as compute
from ...facts._change_words import change_words
from ...facts._facts import Fact
from ...facts._published import published_count
from ...store._store import StoreLike
from .._frames import ChangeFrame, DifferenceFrame, DirectionFrame, EqualityFrame, PointsChangeFrame, RatioFrame
from .._model import CheckedClaim
from ..resolve._resolve import ALTERNATES, Resolved
from ._each_month import each_month_direction, month_on_month
from ._only_place import only_place_direction
from ._only_type import only_type_direction
from ._outcome import (
    _alias_note,
    _alternate,
    _count_fact,
    _definition_note,
    _ev,
    _fmt,
    _memo,
    _out,
    _unresolved,
    _vintage_order,
    _when_published,
    change_of,
    stand_in,
)
from ._rounding import (
    BAND,
    CLOSE_BAND,
    EXACT_BAND,
    SAME_BAND,
    count_holds,
    percent_holds,
    ratio_band,
    ratio_holds,
    round_half_up,
    truncated,
)
from ._share import SHARE_PARTS


def _change(store: StoreLike, c: ChangeFrame, r: Resolved) -> CheckedClaim:
    ch = change_of(store, r)
    ev = [_ev(ch.now), _ev(ch.then)]
    pct = ch.pct_change
    then = ch.then.period.label
    if pct is None:
        return _out(c, r, "unverifiable", f"There is no {then} figure to compare with.", evidence=ev)
    found = round(pct, 1)
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {then}, " +
            ("no change" if pct == 0 else f"a {'fall' if pct < 0 else 'rise'} of {abs(pct):.1f}%"))
    claimed = c.value if c.value is not None else None
    ok, rule = percent_holds(claimed=claimed or 0, found=pct, places=c.decimals, written=c.claimed_text or "", approx=c.approx)
    alt = _alternate(store, r, lambda m: change_of(store, r, m))
    alt_txt, alt_ok = "", False
    if alt and alt[1].pct_change is not None:
        a = alt[1]
        ev += [_ev(a.now), _ev(a.then)]
        alt_ok = percent_holds(claimed=claimed or 0, found=a.pct_change, places=c.decimals, written=c.claimed_text or "",
                               approx=c.approx)[0]
        alt_txt = (f"; the {a.now.measure_label.lower()} series gives {_fmt(a.now.value)} against "
                   f"{_fmt(a.then.value)}, {abs(a.pct_change):.1f}%")
    sig = "" if ch.significance.significant or ch.significance.method == "none" else \
        f"; {change_words(ch.significance, movement=False)}"      # (no test for a rate's change)
    alias = _alias_note(r)
    if ok and alias:
        return _out(c, r, "accurate_with_caveat", f"{desc}, so the claimed {c.claimed_text} holds for the whole "
                    f"borough ({rule}){alt_txt}; but {alias}.", found=found, unit="percent", evidence=ev)
    if ok:
        return _out(c, r, "accurate", f"{desc}, so the claimed {c.claimed_text} holds ({rule}){alt_txt}{sig}.",
                    found=found, unit="percent", evidence=ev)
    if alt_ok:
        return _out(c, r, "accurate_with_caveat", f"The claimed {c.claimed_text} fits the other series{alt_txt}, "
                    f"not {desc}: a different unit.", found=found, unit="percent", evidence=ev)
    pub = _published_pair(store, ch)
    if pub is not None and pub[1] and percent_holds(
            claimed=claimed or 0, found=100.0 * (pub[0] - pub[1]) / pub[1], places=c.decimals,
            written=c.claimed_text or "",
            approx=c.approx)[0]:
        p_pub = 100.0 * (pub[0] - pub[1]) / pub[1]
        return _out(c, r, "accurate_with_caveat",
                    f"Counting every row of the published files gives {_fmt(pub[0])} in {ch.now.period.label} "
                    f"against {_fmt(pub[1])} in {then}, a {'fall' if p_pub < 0 else 'rise'} of {abs(p_pub):.1f}%, "
                    f"matching the claimed {c.claimed_text}; crimestats counts a repeated Crime ID once: "
                    f"{desc[0].lower() + desc[1:]}.", found=found, unit="percent", evidence=ev)
    old = _change_in_release(store, c, r, ch)
    if old is not None:
        v, n, t, p2 = old
        ev += [_ev(n, f"release {v}: {n.measure_label}, {n.area.name}, {n.period.label}"),
               _ev(t, f"release {v}: {t.measure_label}, {t.area.name}, {t.period.label}")]
        return _out(c, r, "accurate_with_caveat",
                    f"The claimed {c.claimed_text} matches the {v} release{_when_published(store, ch.now.source, v, r.as_of)}"
                    f" ({_fmt(n.value)} against {_fmt(t.value)}, {abs(p2):.1f}%); the latest data revises it: "
                    f"{desc}.", found=found, unit="percent", evidence=ev)
    if truncated(claimed=claimed or 0, found=pct, places=c.decimals, approx=c.approx):
        return _out(c, r, "accurate_with_caveat", f"{desc}: the claimed {c.claimed_text} drops the decimals rather "
                    f"than rounding ({abs(pct):.1f}% rounds to {round_half_up(abs(pct), 0):g}%).",
                    found=found, unit="percent", evidence=ev)
    # a claim about the Met's knife-/gun-enabled flags that fails here is made unverifiable by judge()
    return _out(c, r, "inaccurate", f"{desc}, not {c.claimed_text}{alt_txt}{_definition_note(ch.now)}.",
                found=found, unit="percent", evidence=ev)


def _published_pair(store: StoreLike, ch: Any) -> tuple[float, float] | None:
    """Both periods of a change counted as the published files give them (every row, a repeated
    Crime ID included), or None when neither period had rows set aside."""
    try:
        now, then = published_count(store, ch.now), published_count(store, ch.then)
    except Exception:   # a derived fact without a plain query: no published figure to offer
        return None
    if now is None and then is None:
        return None
    return (float(now if now is not None else ch.now.value or 0),
            float(then if then is not None else ch.then.value or 0))


def _change_in_release(store: StoreLike, c: ChangeFrame, r: Resolved, ch: Any) -> tuple[str, Fact, Fact, float] | None:
    """A percent change that fails on the latest data, recomputed in each other release of the
    same source (the one available at the as-of date first): (vintage, now, then, pct) if one fits."""
    for v, _ in _vintage_order(store, ch.now.source, r.as_of):
        if ch.now.vintage and v in ch.now.vintage:
            continue
        try:
            n = _count_fact(store, measure=r.measure, area=r.area, period=ch.now.period, vintage=v)
            t = _count_fact(store, measure=r.measure, area=r.area, period=ch.then.period, vintage=v)
        except CrimestatsError:
            continue
        if not t.value or n.partial or t.partial:
            continue
        p2 = 100.0 * (float(n.value or 0) - float(t.value)) / float(t.value)
        if percent_holds(claimed=c.value or 0, found=p2, places=c.decimals, written=c.claimed_text or "", approx=c.approx)[0]:
            return v, n, t, p2
    return None


def _ratio(store: StoreLike, c: RatioFrame, r: Resolved) -> CheckedClaim:
    ch = change_of(store, r)
    ev = [_ev(ch.now), _ev(ch.then)]
    if ch.ratio is None:
        return _out(c, r, "unverifiable", f"There is no {ch.then.period.label} figure to compare with.", evidence=ev)
    # the word alone ('halved', 'up by a fifth') is read more closely than a hedged one ('about a fifth'); a stand-in
    # measure (a coarse age band) can only show the claim consistent, so it keeps the wider band
    # (a claim naming the band itself, 'adolescent and young adult victims', is read at the band, exactly)
    banded = stand_in(ch.now.measure, "age_band") if r.band_words else None
    width = EXACT_BAND if c.approx == "exact" and not c.nearly and banded is None else BAND
    ok, rule = ratio_holds(implied=c.value or 1.0, found=ch.ratio, band=width)
    if c.approx == "more_than":     # 'more than doubled', 'more than halved'
        up = (c.value or 1.0) >= 1
        ok = ch.ratio > (c.value or 1.0) if up else ch.ratio < (c.value or 1.0)
        said = c.claimed_text if c.more_than_written else f"more than {c.claimed_text}"
        rule = f"'{said}' needs a ratio {'above' if up else 'below'} {c.value:.3g}"
    if ok and c.nearly:   # 'nearly double': not above it
        ok = ch.ratio <= (c.value or 1.0) if (c.value or 1.0) >= 1 else ch.ratio >= (c.value or 1.0)
        rule += f"; '{c.claimed_text}' needs a ratio at or just short of {c.value:g}"
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {ch.then.period.label}, a ratio of {ch.ratio:.2f}")
    if ok and banded is not None:
        cv = banded.note[0].lower() + banded.note[1:]
        return _out(c, r, "accurate_with_caveat", f"{desc}, which fits '{c.claimed_text}' ({rule}); but {cv}",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    alias = _alias_note(r)
    if ok and alias:
        return _out(c, r, "accurate_with_caveat", f"{desc}, which fits '{c.claimed_text}' ({rule}); but {alias}.",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    if ok:
        return _out(c, r, "accurate", f"{desc}, which fits '{c.claimed_text}' ({rule}).",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    lo, hi = ratio_band(c.value or 1.0, width)
    pub = _published_pair(store, ch)
    if pub is not None and pub[1] and ratio_holds(implied=c.value or 1.0, found=pub[0] / pub[1], band=width)[0] \
            and c.approx != "more_than":
        return _out(c, r, "accurate_with_caveat",
                    f"Counting every row of the published files gives {_fmt(pub[0])} against {_fmt(pub[1])}, a ratio "
                    f"of {pub[0] / pub[1]:.2f}, which fits '{c.claimed_text}'; crimestats counts a repeated Crime ID "
                    f"once: {desc[0].lower() + desc[1:]}, outside {lo:.2f}-{hi:.2f}.",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}, outside the {lo:.2f}-{hi:.2f} that '{c.claimed_text}' allows.",
                found=round(ch.ratio, 3), unit="ratio", evidence=ev)


def _direction(store: StoreLike, c: DirectionFrame, r: Resolved) -> CheckedClaim:
    if c.places_quant == "only_type":
        return only_type_direction(store, c, r)
    if c.only_place or c.places_quant:
        return only_place_direction(store, c, r)
    if c.month_on_month:
        return month_on_month(store, c, r)
    if c.every_month:
        return each_month_direction(store, c, r)
    ch = change_of(store, r)
    ev = [_ev(ch.now), _ev(ch.then)]
    d = ch.direction
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {ch.then.period.label}")
    alt = _alternate(store, r, lambda m: change_of(store, r, m))
    alt_txt = ""
    if alt:
        ev += [_ev(alt[1].now), _ev(alt[1].then)]
        alt_txt = (f"; {alt[1].now.measure_label.lower()}: {_fmt(alt[1].now.value)} against "
                   f"{_fmt(alt[1].then.value)}")
    sig = ch.significance
    if d == c.direction and _alias_note(r):
        return _out(c, r, "accurate_with_caveat", f"{desc}{alt_txt}: a {'fall' if d == 'down' else 'rise'} for the "
                    f"whole borough, as claimed; but {_alias_note(r)}.", found=d, evidence=ev)
    if d == c.direction:
        if not sig.significant and sig.method != "none":
            return _out(c, r, "accurate_with_caveat", f"{desc}{alt_txt}: a {'fall' if d == 'down' else 'rise'}, "
                        f"as claimed, but {change_words(sig, movement=False)}.", found=d, evidence=ev)
        return _out(c, r, "accurate", f"{desc}{alt_txt}: a {'fall' if d == 'down' else 'rise'}, as claimed.",
                    found=d, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}{alt_txt}: {'no change' if d == 'unchanged' else ('a fall' if d == 'down' else 'a rise')}, "
                f"not a {'fall' if c.direction == 'down' else 'rise'}.", found=d, evidence=ev)


def _equality(store: StoreLike, c: EqualityFrame, r: Resolved) -> CheckedClaim:
    measure, period, other = r.measure, r.period, r.other
    if measure is None or r.area is None or period is None or other is None:
        return _unresolved(c, r)
    eq = _memo(("equality", measure, r.area, period, other),
               lambda: compute.equality(store, measure=measure, area=r.area, period=period, other=other))
    ev = [_ev(eq.now), _ev(eq.other)]
    desc = (f"{eq.now.measure_label} in {r.area.name}: {_fmt(eq.now.value)} in {eq.now.period.label}, "
            f"{_fmt(eq.other.value)} in {eq.other.period.label}")
    if eq.equal:
        return _out(c, r, "accurate", f"{desc}: the same, as claimed.", found=eq.other.value, evidence=ev)
    if c.approx in ("about", "close") and eq.now.value is not None and eq.other.value:
        gap = abs(float(eq.now.value) - float(eq.other.value)) / float(eq.other.value)
        band, said = (CLOSE_BAND, "almost the same") if c.approx == "close" else (SAME_BAND, "roughly the same")
        if gap <= band:
            return _out(c, r, "accurate", f"{desc}: within {gap:.1%} of each other, so '{said}' holds "
                        f"(read as within {band:.0%}).", found=eq.other.value, unit=eq.now.unit, evidence=ev)
        return _out(c, r, "inaccurate", f"{desc}: {gap:.1%} apart, more than the {band:.0%} that "
                    f"'{said}' allows.", found=eq.other.value, unit=eq.now.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}: not equal.", found=eq.other.value, unit=eq.now.unit, evidence=ev)


def difference(store: StoreLike, c: DifferenceFrame, r: Resolved) -> CheckedClaim:
    """An absolute difference ('N fewer than in <year>', 'down by N'): this period's count minus
    the baseline's, in the claimed direction, with the count rounding rules on its size.  The other
    series (homicide victims for offences) is tried when the first does not fit."""
    claimed = abs(c.value or 0)
    tried: list[tuple[Any, bool, str]] = []
    for m in [r.measure] + ([ALTERNATES[r.measure]] if r.measure in ALTERNATES else []):
        try:
            ch = change_of(store, r, m)
        except CrimestatsError:
            if m == r.measure:
                raise
            continue
        diff = float(ch.now.value or 0) - float(ch.then.value or 0)
        ok, rule = count_holds(claimed=claimed, found=abs(diff), approx=c.approx, written=c.claimed_text or "")
        same_way = (diff < 0) == (c.direction == "down") and diff != 0
        tried.append((ch, ok and same_way, rule))
        if ok and same_way:
            break
    ch, ok, rule = tried[-1] if tried[-1][1] else tried[0]
    diff = float(ch.now.value or 0) - float(ch.then.value or 0)
    ev = [_ev(ch.now), _ev(ch.then)]
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {ch.then.period.label}, "
            + ("no change" if diff == 0 else f"{_fmt(abs(diff))} {'fewer' if diff < 0 else 'more'}"))
    word = "fewer" if c.direction == "down" else "more"
    if ok:
        other = ch is not tried[0][0]
        verdict = "accurate_with_caveat" if other or ch.now.partial or ch.then.partial else "accurate"
        why = "; but that is the other series, not the one named first" if other else ""
        return _out(c, r, verdict, f"{desc}, so the claimed {c.claimed_text} {word} holds ({rule}){why}.",
                    found=diff, unit=ch.now.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}, not {c.claimed_text} {word}.", found=diff, unit=ch.now.unit,
                evidence=ev)


def points_change(store: StoreLike, c: PointsChangeFrame, r: Resolved) -> CheckedClaim:
    """A change in percentage points: the difference between two shares (part over whole) in the
    period and its baseline.  The whole is the share named before it in the sentence, or all homicide
    victims for a kind of homicide; with no share to work from the claim is unverifiable, and the
    percent change of the count is given for context."""
    whole_m = r.whole_measure or ("homicide_victims" if r.measure in SHARE_PARTS else None)
    whole_a = r.whole_area or r.area
    if r.measure is None or r.period is None or r.area is None or whole_m is None or \
            (whole_m == r.measure and whole_a == r.area):
        ctx = ""
        try:
            ch = change_of(store, r)
            if ch.pct_change is not None:
                ctx = (f" As a percent change, {ch.now.measure_label.lower()} went from {_fmt(ch.then.value)} in "
                       f"{ch.then.period.label} to {_fmt(ch.now.value)} in {ch.now.period.label} "
                       f"({ch.pct_change:+.1f}%), which is not what 'percentage points' measures.")
        except CrimestatsError:
            pass
        return _out(c, r, "unverifiable", "Percentage points measure a change in a share or a rate, and the claim "
                    "names no share whose part and whole could be counted (e.g. 'made up 2% of all offences')."
                    + ctx, unit="percentage points")
    base = r.baseline or r.period.previous()
    shares = []
    for p in (r.period, base):
        part = _count_fact(store, measure=r.measure, area=r.area, period=p)
        whole = _count_fact(store, measure=whole_m, area=whole_a, period=p)
        if not whole.value:
            raise CrimestatsError(f"no {whole.measure_label.lower()} in {p.label} to take a share of")
        shares.append((100 * float(part.value or 0) / float(whole.value), part, whole))
    (now, pn, wn), (then, pt, wt) = shares
    diff = now - then
    ok, rule = percent_holds(claimed=c.value or 0, found=diff, places=c.decimals, written=c.claimed_text or "", approx=c.approx)
    desc = (f"{pn.measure_label} as a share of {wn.measure_label.lower()} in {pn.area.name}: {now:.2f}% in "
            f"{pn.period.label} ({_fmt(pn.value)} of {_fmt(wn.value)}) against {then:.2f}% in {pt.period.label} "
            f"({_fmt(pt.value)} of {_fmt(wt.value)}), {abs(diff):.2f} points {'up' if diff >= 0 else 'down'}")
    mixed = "" if pn.source == wn.source else f" (the part is from {pn.source}, the whole from {wn.source})"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}{mixed}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                found=round(diff, 2), unit="percentage points", evidence=[_ev(pn), _ev(wn), _ev(pt), _ev(wt)])
