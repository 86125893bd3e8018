"""The one place a change's significance is put into words (stats, headline, check, web).

Words are rendered at the end from the test's structured fields.  They say what the test asks
(is this change beyond the series' usual variation from one period to the next?) and never turn
a p-value into a frequency ('one year in N' misreads a two-sided p-value, and police-recorded
crime is a full count, not a sample).
"""

from __future__ import annotations

from typing import Any

__all__ = ["capitalise", "change_words", "fmt_p"]

_STEP = {"year": ("from one year to the next", "year-to-year"),
         "month": ("from one month to the next", "month-to-month")}


def fmt_p(p: float) -> str:
    """'p < 0.001', 'p = 0.003', 'p = 0.52'."""
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _for(test: Any) -> str:
    what, where = getattr(test, "what", None), getattr(test, "where", None)
    if what and where:
        return f" for {what} in {where}"
    if what or where:
        return f" for {what or where}"
    return " for this series"


def _article(number: str) -> str:
    """'an' before numbers said with a vowel sound (8, 11, 18, 80-89, 800..., 11,000...), else 'a'."""
    return "an" if number[:1] == "8" or (len(number) % 3 == 2 and number[:2] in ("11", "18")) else "a"


def _movement(test: Any) -> str:
    a, b = int(test.current), int(test.previous)
    if b == 0:
        return f"from none to {a:,}"
    rr = test.rate_ratio if getattr(test, "rate_ratio", None) is not None else a / b
    pct = (rr - 1) * 100
    if round(pct) == 0:
        return f"a change of less than 1% ({b:,} to {a:,})" if a != b else f"no change ({a:,} both times)"
    n = f"{abs(pct):.0f}"
    return f"{_article(n)} {n}% {'rise' if pct > 0 else 'fall'}"


def _basis(test: Any) -> str:
    d = getattr(test, "dispersion", None)
    method = getattr(test, "method", "exact_poisson")
    span = f"{d.periods[0]}-{d.periods[-1]}" if d is not None and d.periods else ""
    if method.startswith("quasi_poisson") and d is not None:
        if d.basis == "own_series":
            return (f"quasi-Poisson test, allowing for {d.value:.1f} times the Poisson variance, as "
                    f"its own {span} series shows")
        return (f"quasi-Poisson test, allowing for {d.value:.1f} times the Poisson variance, as the "
                f"{d.places} boroughs show over {span} (this area's own series is too short)")
    if method == "exact_poisson":
        if d is not None and d.basis != "none":
            return (f"exact Poisson test: the {span} series varies no more than Poisson counts would "
                    f"(dispersion {d.value:.2f})")
        return ("exact Poisson test: too little history to estimate the series' usual variation, "
                "so the test allows only for Poisson variation and may call too much significant")
    return ""


def change_words(test: Any, *, detail: bool = False, movement: bool = True) -> str:
    """'a 16% rise; changes this size are common for robbery in Redbridge from one year to the next
    (p = 0.52)' or 'a 16% rise, larger than the usual year-to-year variation ... (p = 0.003)'.

    ``test`` is a :class:`~crimestats._change_test.ChangeTest` (or any object with its fields).
    ``detail`` adds the rate-ratio interval and the test used, with the dispersion and its basis;
    ``movement=False`` leaves out the leading 'a 16% rise' (for a sentence that already says it).
    """
    a, b = int(test.current), int(test.previous)
    if a == 0 and b == 0:
        return "no change (none in either period)"
    move = _movement(test)
    if a == b:
        return move
    between, adjective = _STEP.get(getattr(test, "step", "period"),
                                   ("between comparable periods", "period-to-period"))
    p = fmt_p(float(test.p_value))
    if test.significant:
        out = f"larger than the usual {adjective} variation{_for(test)} ({p})"
        out = f"{move}, {out}" if movement else out
    else:
        out = f"changes this size are common{_for(test)} {between} ({p})"
        out = f"{move}; {out}" if movement else out
    if not detail:
        return out
    lo, hi = getattr(test, "ci_low", None), getattr(test, "ci_high", None)
    extra = []
    if test.rate_ratio is not None and lo is not None and hi is not None:
        level = f"{round((1 - float(getattr(test, 'alpha', 0.05))) * 100)}%"
        extra.append(f"rate ratio {test.rate_ratio:.2f}, {level} interval {lo:.2f} to {hi:.2f}")
    basis = _basis(test)
    if basis:
        extra.append(basis)
    return out + "".join(f"; {e}" for e in extra)
