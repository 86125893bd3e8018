"""What a measure is: a named figure (:class:`Measure`) and the stored rows that make it up in each
source (:class:`SourceSpec`), plus the builder for parts of the Met's homicide-victims file.

The types the catalogue (:mod:`crimestats.measures._catalogue`) and its parts
(:mod:`crimestats.measures._parts`) are built from; kept apart so both import them one way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping, Union

__all__ = ["Measure", "StandIn", "SourceSpec", "FilterValue", "victims_measure", "VICTIMS_SOURCE", "VICTIM_DIMS"]

# A filter's value: one label, or a tuple of labels whose rows are summed.
FilterValue = Union[str, tuple[str, ...]]


@dataclass(frozen=True)
class SourceSpec:
    """Which ``counts`` rows of one source make up a measure.

    ``offence_keys`` None means "any offence key"; ``filters`` are case-insensitive equality
    filters on ``counts`` columns, a tuple of values meaning any of them.  ``grain`` is the finest period the source has ('month' or
    'year'): a year-grain source answers calendar years only.
    """

    source: str
    unit: str
    grain: str = "month"
    offence_keys: frozenset[str] | None = None
    filters: Mapping[str, FilterValue] = field(default_factory=dict)
    note: str = ""
    # What one counted row is, when the stored ``unit`` label says otherwise: police.uk street files
    # store every row under 'offences', but an anti-social behaviour row is an incident.
    counted_as: str | None = None

    def describe(self) -> str:
        every = {"month": "monthly", "year": "yearly", "financial_year": "by financial year"}
        parts = [f"source {self.source}", f"unit {self.unit}", every.get(self.grain, self.grain)]
        if self.offence_keys is not None:
            parts.append("offence_key in " + ", ".join(sorted(self.offence_keys)))
        parts += [f"{k} in {', '.join(repr(x) for x in v)}" if isinstance(v, tuple) else f"{k} = {v!r}"
                  for k, v in self.filters.items()]
        return "; ".join(parts)


@dataclass(frozen=True)
class StandIn:
    """This measure stands in for a figure the open data lacks, counted differently: the Met's own
    'knife-enabled'/'gun-enabled' homicide flags answered from the recorded method of killing
    (``kind='police_flag'``), teenagers from a coarse age band (``kind='age_band'``).  ``note`` says
    how the two differ; it is also one of the measure's caveats."""

    kind: str
    note: str


@dataclass(frozen=True)
class Measure:
    """A named figure: definition, unit, sources in order of preference, caveats, words."""

    name: str
    label: str
    definition: str
    unit: str
    sources: tuple[SourceSpec, ...] = ()
    caveats: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    kind: str = "count"                 # 'count' | 'rate'
    base: str | None = None             # for a rate: the count measure it divides
    dimensions: tuple[str, ...] = ()    # breakdowns the best source offers
    # The wider measure this one is a part of, counted the same way (a share claim's whole:
    # 'stop_search_black' is part of 'stop_search'); None when it is not a part of another.
    part_of: str | None = None
    # Words that, said of ``part_of`` ('those searched were Black'), pick this part; see find_part.
    qualifiers: tuple[str, ...] = ()
    # What the measure stands in for when it answers a claim about a figure the data lacks; None if nothing.
    stand_in: StandIn | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name, "label": self.label, "definition": self.definition,
            "unit": self.unit, "kind": self.kind, "base": self.base,
            "sources": [s.describe() for s in self.sources], "caveats": list(self.caveats),
            "words": list(self.words), "dimensions": list(self.dimensions),
            "part_of": self.part_of, "qualifiers": list(self.qualifiers),
        }


VICTIM_DIMS = ("age_group", "sex", "method", "domestic_abuse", "solved_status", "ethnicity",
                "borough", "year")
VICTIMS_SOURCE = "met_homicide_victims"
_VICTIM_CAVEAT = ("Victims are published by calendar year only, and the latest year may still be "
                  "incomplete in the file (cases are added as they are classified).")


def victims_measure(name: str, label: str, definition: str, words: tuple[str, ...],
             filters: dict[str, str], caveats: tuple[str, ...] = (), stand_in: StandIn | None = None,
             qualifiers: tuple[str, ...] = ()) -> Measure:
    spec = SourceSpec(VICTIMS_SOURCE, "victims", "year", frozenset({"homicide"}), MappingProxyType(filters))
    own = (stand_in.note,) if stand_in is not None else ()
    return Measure(name, label, definition, "victims", (spec,), caveats + own + (_VICTIM_CAVEAT,), words,
                   dimensions=VICTIM_DIMS, part_of=None if name == "homicide_victims" else "homicide_victims",
                   stand_in=stand_in, qualifiers=qualifiers)
