"""Why a claim was read the way it was: structured reasons, rendered to words in one place.

Resolution and judging record what they assumed or substituted (a place carried from the article, a
period clipped to the months published, a narrower series, another series used) as a :class:`Reason`:
a :class:`Why` code plus the values the words need.  Logic tests ``reason.why`` and reads
``reason.get(...)``; only :func:`render` (at the end, when an explanation is written) turns reasons into
words, from the one template table below.  Rewording a template changes no verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["Why", "Reason", "render", "ASSUMED"]


class Why(Enum):
    """What was assumed, substituted or narrowed when a claim was resolved or judged."""

    # the measure
    REFERS_BACK = "refers_back"                    # 'Its rate ...': the earlier sentence's measure
    NARROWED = "narrowed"                          # a qualifier narrows the measure to a part with no series
    UNKNOWN_CRIME = "unknown_crime"                # a crime word no series answers
    OUTSIDE_SUBJECT = "outside_subject"            # not crime at all (response times, 999 calls)
    MEASURE_FROM_CONTEXT = "measure_from_context"  # no crime named: the earlier sentence's
    OTHER_SERIES = "other_series"                  # the claim's series has no figure: another one, another unit
    OTHER_SERIES_RANKED = "other_series_ranked"    # a ranking: no borough figures, another series ranked
    OTHER_SERIES_BACK = "other_series_back"        # a record: the series does not reach back, the alternate does
    OTHER_SERIES_LONGER = "other_series_longer"    # 'since records began': the alternate series reaches back further
    # the place
    LONDON_ASSUMED = "london_assumed"
    BOROUGH_FROM_TEXT = "borough_from_text"        # 'the borough' read as the one the text is about
    RANKED_BOROUGH = "ranked_borough"              # the borough ranked is the one the sentence is about
    LEFT_OUT = "left_out"                          # 'the highest outside X': X left out of the ranking
    # the period
    SAME_YEAR = "same_year"
    MONTH_WITHOUT_YEAR = "month_without_year"
    PERIOD_CLIPPED = "period_clipped"              # not over on the publication date: months to date
    WHOLE_YEARS_ONLY = "whole_years_only"          # a span to date of a yearly series: its whole years
    SINCE_BASELINE = "since_baseline"
    PERIOD_FROM_CONTEXT = "period_from_context"
    PERIOD_ASSUMED = "period_assumed"              # none named: the last full calendar year
    LATEST_PERIOD_USED = "latest_period_used"      # none named: the latest period with data
    YEAR_AS_FINANCIAL = "year_as_financial"        # a series of years ending March: '<year>' is the year to March
    YEAR_TO_DATE = "year_to_date"                  # written before the period's last months were published
    STREAK_TO_LATEST = "streak_to_latest"
    STREAK_TO_LATEST_MONTH = "streak_to_latest_month"
    EACH_PLACE_LATEST = "each_place_latest"        # two places compared on their own latest years
    FROM_TO_FIRST = "from_to_first"                # 'from N to M': the first figure's period
    SAME_MONTHS_YEAR_EARLIER = "same_months_year_earlier"
    SAME_MONTH_YEAR_EARLIER = "same_month_year_earlier"


# The words for each reason: ``str.format`` templates over the reason's values.
_TEXT: dict[Why, str] = {
    Why.REFERS_BACK: "'{first} ...' refers back, so the measure ({measure}) is the earlier sentence's",
    Why.NARROWED: "'{qualifier}' narrows {measure_words} to a part crimestats has no single series for, and the "
                  "unqualified total does not answer the claim",
    Why.UNKNOWN_CRIME: "'{word}' is not a series in the store (the police force's own figures for it would answer "
                       "the claim)",
    Why.OUTSIDE_SUBJECT: "the claim is about {subject}, which police-recorded crime data does not hold; {answer} "
                         "would answer it",
    Why.MEASURE_FROM_CONTEXT: "the measure ({measure}) is taken from an earlier sentence",
    Why.OTHER_SERIES: "the {series} series has no figure for {period} in {area}, so {other} are used: a different "
                      "unit",
    Why.OTHER_SERIES_RANKED: "the {series} series has no borough figures for {period}, so {other} are ranked: a "
                             "different unit",
    Why.OTHER_SERIES_BACK: "the {measure} series does not reach back to {year}, so the {other_words} series is used",
    Why.OTHER_SERIES_LONGER: "the {other_words} series reaches back to {year}, further than the {measure} series, so "
                             "'on record' is judged on it",
    Why.LONDON_ASSUMED: "no place named, so London (the Met area) is assumed",
    Why.BOROUGH_FROM_TEXT: "'the borough' is read as {area}, the borough the text is about",
    Why.RANKED_BOROUGH: "the borough ranked ({area}) is the one the sentence is about",
    Why.LEFT_OUT: "{places} left out of the ranking, as the claim says",
    Why.SAME_YEAR: "'the same year' is read as {period}, the year the sentence before names",
    Why.MONTH_WITHOUT_YEAR: "the month named without a year is read as {period}",
    Why.PERIOD_CLIPPED: "'{period_text}' was not over on {as_of}, so only the months to {to} are counted",
    Why.WHOLE_YEARS_ONLY: "the series publishes whole calendar years only, so the span is read as {period}, "
                          "the whole years in it",
    Why.SINCE_BASELINE: "'since {baseline}' is read as {baseline} against the latest complete {grain}year, {period}",
    Why.PERIOD_FROM_CONTEXT: "the period ({period}) is taken from the surrounding text",
    Why.PERIOD_ASSUMED: "no period named, so the last full calendar year before {as_of} ({period}) is assumed",
    Why.LATEST_PERIOD_USED: "no period named, so the latest period with data ({period}) is used",
    Why.YEAR_AS_FINANCIAL: "the series publishes years ending March, so {year} is read as the year to March {year} "
                           "({period})",
    Why.YEAR_TO_DATE: "the data for {period} end at {last}, and the text was written on {as_of}, before later "
                      "months could be published, so it is read as {to}, the months published",
    Why.STREAK_TO_LATEST: "no period named, so the streak runs to the latest year with data ({year})",
    Why.STREAK_TO_LATEST_MONTH: "no month named, so the streak runs to the latest month with data ({month})",
    Why.EACH_PLACE_LATEST: "each place's latest published year is used ({area} {period}, {other_area} "
                           "{other_period})",
    Why.FROM_TO_FIRST: "the first figure of 'from ... to ...' is read as {period}",
    Why.SAME_MONTHS_YEAR_EARLIER: "compared with the same months a year earlier ({period})",
    Why.SAME_MONTH_YEAR_EARLIER: "a month is compared with the same month a year earlier ({period})",
}

# Reasons that are guesses made for want of a place or period in the text.
ASSUMED = frozenset({Why.LONDON_ASSUMED, Why.PERIOD_ASSUMED})


@dataclass(frozen=True)
class Reason:
    """One thing assumed or substituted, with the values its words (and any later logic) need."""

    why: Why
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, why: Why, **values: object) -> Reason:
        return cls(why, tuple((k, str(v)) for k, v in values.items()))

    def get(self, key: str) -> str | None:
        return dict(self.values).get(key)

    def __str__(self) -> str:
        return _TEXT[self.why].format(**dict(self.values))


def render(reasons: list[Reason]) -> str:
    """The reasons as one clause list, in the order they were recorded ('a; b; c')."""
    return "; ".join(str(r) for r in reasons)


assert set(_TEXT) == set(Why), "every reason needs its words"
