"""Share claims whose part and whole need a second look before they are counted.

* A part named after the figure: "fewer than one in ten dogs stolen were recovered" is recovered dogs
  over stolen dogs (the catalogue part of the measure the qualifier names), not dogs over all animals.
* A part of a series the resolver could not narrow ("<a group> were subject to N% of them",
  after strip searches): the catalogue part (``find_part``) of that series, over the series.
* A share above 100% means the whole was resolved wrongly (a part cannot exceed its whole): a ward's
  share of "the borough's" crime is re-counted over its borough; otherwise the claim is unverifiable,
  never accurate.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..._errors import CrimestatsError
from ...facts import _compute as compute
from ...measures._catalogue import CATALOGUE, get_measure, parts_of
from ...measures._places import Area, london_area, ward_names
from ...reference._areas import london_boroughs
from ...store._store import StoreLike
from .._frames import ShareFrame
from .._model import CheckedClaim
from .._reasons import Why
from ..resolve._resolve import ALTERNATES, Resolved
from ._homicide import solved_share
from ._outcome import _count_fact, _ev, _fmt, _out, _unresolved, _with_period, fallback_periods
from ._rounding import percent_holds, share_fraction_holds

__all__ = ["share_verdict", "homicide_share", "share_of_whole", "share_holds", "SHARE_PARTS"]

# every part of the victims file the catalogue declares (method, age band, sex, domestic abuse, solved, ethnicity)
# every part of the homicide victims, at any depth ('women killed with a knife' is a part of the women killed)
SHARE_PARTS = frozenset(m.name for m in CATALOGUE.values()
                        if m.part_of == "homicide_victims" or CATALOGUE.get(m.part_of or "") is not None
                        and CATALOGUE[m.part_of or ""].part_of == "homicide_victims")


def share_holds(c: ShareFrame, pct: float) -> tuple[bool, str]:
    """A share claim against the share found: fractions and 'one in ten' in a band, bounds honoured."""
    claimed = c.value or 0
    if c.approx == "more_than":
        return pct > claimed, f"'more than {c.claimed_text}' needs more than {claimed:.1f}%"
    if c.approx == "fewer_than":
        return pct < claimed, f"'less than {c.claimed_text}' needs less than {claimed:.1f}%"
    if c.as_fraction:
        return share_fraction_holds(implied=claimed / 100, found=pct / 100)
    return percent_holds(claimed=claimed, found=pct, places=c.decimals, written=c.claimed_text or "", approx=c.approx)


def share_of_whole(store: StoreLike, c: ShareFrame, r: Resolved, as_of: date) -> CheckedClaim | None:
    """'Knife crime makes up less than N% of all recorded crime', '<borough> accounts for one in
    ten crimes in London': the part and the whole counted separately.  None when the claim names no
    whole different from its part (the caller then explains what data would answer it)."""
    whole_m = r.whole_measure or r.measure
    whole_a = r.whole_area or r.area
    if not r.measure or not whole_m or (whole_m == r.measure and whole_a == r.area):
        return None
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            part = _count_fact(store, measure=r.measure, area=r.area, period=p)
            whole = _count_fact(store, measure=whole_m, area=whole_a, period=p)
            if part.unit != whole.unit and ALTERNATES.get(whole_m):
                whole = _count_fact(store, measure=ALTERNATES[whole_m], area=whole_a, period=p)
            r = _with_period(r, p)
            break
        except CrimestatsError as exc:
            last = exc
    else:
        return _out(c, r, "unverifiable", f"No open data answers it: {last}")
    pct = 100 * float(part.value or 0) / float(whole.value) if whole.value else 0.0
    ok, rule = share_holds(c, pct)
    desc = (f"{_fmt(part.value)} {part.measure_label.lower()} in {part.area.name} out of {_fmt(whole.value)} "
            f"{whole.measure_label.lower()} in {whole.area.name} in {part.period.label} is {pct:.1f}%")
    mixed = "" if part.source == whole.source else \
        f" (the part is from {part.source}, the whole from {whole.source})"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}{mixed}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                found=round(pct, 1), unit="percent", evidence=[_ev(part), _ev(whole)])



def _reparted(c: ShareFrame, r: Resolved) -> Resolved:
    """The part and whole a share claim is about when the resolver left them loose (module docstring)."""
    if r.measure is None:
        whole = r.narrowed_from
        if whole is not None and whole in CATALOGUE and parts_of(whole) and whole in c.parts_in_clause:
            part = get_measure(c.parts_in_clause[whole])
            notes = [n for n in r.notes if n.why is not Why.NARROWED]
            return replace(r, measure=part.name, whole_measure=part.part_of, notes=notes, narrowed_from=None)
        return r
    if r.measure in CATALOGUE and parts_of(r.measure) and r.whole_measure in (None, CATALOGUE[r.measure].part_of):
        named = c.parts_near_figure.get(r.measure)   # 'dogs stolen ... were recovered', 'girls were one in twenty'
        if named is not None and get_measure(named).part_of == r.measure:
            return replace(r, measure=named, whole_measure=r.measure, whole_area=r.whole_area or r.area)
    return r


def _borough_of(store: StoreLike, ward: Area) -> Area | None:
    for hits in ward_names(store).values():
        for code, _name, parent in hits:
            if code == ward.code and parent:
                b = next((b for b in london_boroughs() if b.code == parent), None)
                if b is not None:
                    return Area("borough", b.code, b.name)
    return None


def share_verdict(store: StoreLike, c: ShareFrame, r: Resolved, as_of: date) -> CheckedClaim | None:
    """A share of a whole counted separately (``share_of_whole``) after the checks in the
    module docstring; None when the claim names no whole different from its part."""
    r = _reparted(c, r)
    if r.measure is None:
        return None
    if r.area is not None and r.area.area_type in ("borough", "ward") and r.whole_area in (None, r.area) and \
            c.of_london:   # '<borough>'s share of London's robberies': the whole named before the figure
        r = replace(r, whole_area=london_area(), whole_measure=r.whole_measure or r.measure)
    ward = r.area if r.area is not None and r.area.area_type == "ward" else None
    if ward is not None and c.of_borough and (r.whole_area is None or r.whole_area == ward
                                                                    or r.whole_area.area_type == "ward"):
        borough = _borough_of(store, ward)      # "the <borough> ward ... half of the borough's crime"
        if borough is not None:
            r = replace(r, whole_area=borough, whole_measure=r.whole_measure or r.measure)
    out = share_of_whole(store, c, r, as_of)
    if out is None or not isinstance(out.found, (int, float)) or out.found <= 100:
        return out
    part_area = r.area
    if part_area is not None and part_area.area_type == "ward" and c.of_borough:
        borough = _borough_of(store, part_area)
        if borough is not None and borough != r.whole_area:
            again = share_of_whole(store, c, replace(r, whole_area=borough, whole_measure=r.whole_measure
                                                          or r.measure), as_of)
            if again is not None and isinstance(again.found, (int, float)) and again.found <= 100:
                again.explanation = again.explanation.rstrip(".") + (f" (the whole is {borough.name}, the borough "
                                                                     f"{part_area.name} lies in).")
                return again
    return _out(c, r, "unverifiable", f"The whole this share was read against is smaller than the part "
                f"({out.found:.0f}%: {out.explanation.split(', so the claimed')[0]}), so the whole was misread; "
                "no verdict is given on it.", unit="percent", evidence=out.evidence)


def homicide_share(store: StoreLike, c: ShareFrame, r: Resolved) -> CheckedClaim:
    """A share of homicide victims ('N% of victims were stabbed', 'solved N%'): the part over all
    victims in the victims file; any other group the data does not break down is unverifiable."""
    if r.measure == "homicide_victims" and c.parts_in_clause.get("homicide_victims") in SHARE_PARTS:
        r = replace(r, measure=c.parts_in_clause["homicide_victims"])    # '<group> <Londoners> were N% of the victims'
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    if r.measure in SHARE_PARTS:
        whole = CATALOGUE[r.measure].part_of or "homicide_victims"      # the women killed, for a part of them
        sh = compute.share(store, measure=whole, area=r.area, period=r.period, part={"measure": r.measure})
        ev = [_ev(sh.part), _ev(sh.whole)]
        pct = (sh.share or 0) * 100
        part, label = sh.part.value, sh.part.measure_label.lower()
        if r.complement:        # 'solved N%': the victims not recorded as unsolved
            pct, part, label = solved_share(pct), (sh.whole.value or 0) - (sh.part.value or 0), \
                "recorded as solved (the rest are unsolved)"
        ok, rule = share_holds(c, pct)
        desc = (f"{_fmt(part)} of {_fmt(sh.whole.value)} {sh.whole.measure_label.lower()} in {r.area.name} in "
                f"{r.period.label} ({pct:.1f}%) were {label}")
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                    found=round(pct, 1), unit="percent", evidence=ev)
    what = r.measure or "this figure"
    where = f" in {r.area.alias} ({r.area.note})" if r.area and r.area.alias else ""
    return _out(c, r, "unverifiable",
                f"No open data in the store splits {what.replace('_', ' ')} into the part this share is about (a "
                f"group of victims, or where or how the crimes happened){where}; "
                "a victim- or incident-level extract from the police would answer it.",
                unit="percent")
