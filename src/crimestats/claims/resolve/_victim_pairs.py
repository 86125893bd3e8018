"""Homicide victims named by sex and by setting at once: 'N of the <women> were <killed with a knife>', '<a share>
of the <women> killed died <in a domestic setting>', '<N> of them were <killed ...>' after a sentence about the
<women> killed.  The catalogue holds each pair (``measures._parts.sex_victim_parts``); this finds the pair a clause
names, from its own words or, for 'of them', 'of the women', from the sex the text went on about.
"""

from __future__ import annotations

import re

from ...measures._catalogue import CATALOGUE

__all__ = ["victims_pair"]

_I = re.IGNORECASE
_SEX = (("female", re.compile(r"\b(?:women|woman|girls?|female|females|mothers?|wives|daughters?)\b", _I)),
        ("male", re.compile(r"\b(?:men|man|boys?|male|males|fathers?|husbands?|sons?)\b", _I)))
_SETTING = (("knife", re.compile(r"\bknife\b|\bknives\b|\bstabbed\b|\bsharp\s+(?:implement|instrument|object)\b", _I)),
            ("gun", re.compile(r"\bshot\b|\bguns?\b|\bshootings?\b|\bfirearms?\b", _I)),
            ("domestic", re.compile(r"\bdomestic\b", _I)))
# '<N> of them', 'of those', 'of these': the group the text was about
_OF_THEM = re.compile(r"\bof\s+(?:them|those|these|whom)\b", _I)


def _sex_of(name: str | None) -> str | None:
    return next((s for s in ("female", "male") if name and name.startswith(f"{s}_")), None)


def _setting_of(name: str | None) -> str | None:
    return next((k for k in ("knife", "gun", "domestic") if name and f"{k}_homicide_victims" in name), None)


def victims_pair(measure: str | None, clause: str, *, context: str | None) -> str | None:
    """The sex-and-setting victims measure for ``measure`` read in ``clause`` (``context``: the measure the text went
    on about), or None when the clause names only one of the two."""
    if measure is None or not measure.endswith("homicide_victims"):
        return None
    sex = _sex_of(measure) or next((s for s, pat in _SEX if pat.search(clause)), None)
    if sex is None and _OF_THEM.search(clause):
        sex = _sex_of(context)
    setting = _setting_of(measure) or next((k for k, pat in _SETTING if pat.search(clause)), None)
    if sex is None or setting is None:
        return None
    name = f"{sex}_{setting}_homicide_victims"
    return name if name in CATALOGUE and name != measure else None
