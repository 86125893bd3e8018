"""Narrow measures: parts of stop and search, of the Met's knife crime dashboard, and things no file holds.

Each part names the measure it is a part of (``part_of``), so a share claim ("40% of those searched
were Black", "seven in ten searches ended with no further action") is the part counted over that
whole in the same source and unit.  ``qualifiers`` are the words that, said of the whole ('those
searched were Black', 'searches ... no further action'), pick the part (see
:func:`crimestats.measures._catalogue.find_part`).

Measures with no source at all (knives seized, weapons surrendered) are declared too, with the
phrases people use for them: a claim about them then finds *this* measure, which no data answers,
instead of matching a crime measure by a stray word ('knife').

Kept apart from :mod:`crimestats.measures._catalogue` (which builds the catalogue from these) to keep both short.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from ._measure import FilterValue, Measure, SourceSpec, victims_measure

__all__ = ["stop_search_measures", "strip_search_parts", "stolen_animal_parts", "ethnicity_victim_parts", "public_order_parts", "sex_victim_parts", "knife_dashboard_measures", "unanswerable_measures", "STOP_DIMS",
           "NO_FURTHER_ACTION", "ARREST", "UNDER_18", "KNOWN_AGES"]

STOP = "police_uk_stop_search"
SELF_DEFINED_UNIT = "stops_self_defined_ethnicity"   # = sources.police_uk.SELF_DEFINED_UNIT
# Breakdowns of stops: officer-defined ethnicity, gender, age range, outcome, object of search,
# legislation (the power), type of search (person / vehicle).
STOP_DIMS = ("ethnicity", "sex", "age_group", "outcome", "object_of_search", "legislation", "search_type",
             "month", "year")
# data.police.uk outcome labels, both wordings (older files, e.g. the City's to March 2018, differ).
NO_FURTHER_ACTION = ("A no further action disposal", "Nothing found - no further action")
ARREST = ("Arrest", "Suspect arrested")
UNDER_18 = ("under 10", "10-17")
KNOWN_AGES = ("under 10", "10-17", "18-24", "25-34", "over 34")
_STOP_CAVEAT = "Only forces and months whose data.police.uk stop-and-search files are in the store."
_OFFICER_ETH = ("Ethnicity as the officer recorded it (officer-defined: White, Black, Asian, Other, Mixed); "
                "stops with none recorded count in the whole but in no group.")
_SELF_ETH = ("Ethnicity as the person described it (self-defined), grouped by the label's prefix (White, "
             "Black, Asian, Mixed, Other, Not stated); 'Not stated' and blanks count in the whole but in no group.")
_AGE_CAVEAT = ("Age range is blank in many records (about two in three of the Met's early-2018 records), so "
               "shares by age are of the stops with an age recorded, not of all stops.")
_DASH = "met_crime_dashboard"
_DASH_CAVEAT = "From the Met monthly crime dashboard, which starts in March 2022."
_OUTCOME_CAVEAT = ("Positive outcomes (charge, summons, caution, community resolution ...) recorded in a "
                   "month, for offences from any month: outcomes over offences in the same period is the "
                   "Met's 'positive outcome rate', not the share of those offences that were solved.")


def _stop(name: str, label: str, filters: dict[str, FilterValue], *, part_of: str | None = "stop_search",
          words: tuple[str, ...] = (), qualifiers: tuple[str, ...] = (), caveats: tuple[str, ...] = (),
          unit: str = "stops") -> Measure:

    what = "; ".join(f"{k} {' or '.join(repr(x) for x in v) if isinstance(v, tuple) else repr(v)}"
                     for k, v in filters.items())
    definition = "Stops and searches (data.police.uk)" + (f" with {what}." if what else ".")
    spec = SourceSpec(STOP, unit, "month", filters=MappingProxyType(filters))
    return Measure(name, label, definition, "stops", (spec,), (_STOP_CAVEAT,) + caveats, words,
                   dimensions=STOP_DIMS, part_of=part_of, qualifiers=qualifiers)


def stop_search_measures() -> list[Measure]:
    """Stop and search and its parts: by ethnicity, sex, age, outcome, object of search, power."""
    both = ("Older files call an arrest 'Suspect arrested' and newer ones 'Arrest'; both are counted.",)
    nfa = ("'No further action' is either wording data.police.uk has used: 'A no further action disposal' "
           "and 'Nothing found - no further action'.",)
    out = [
        _stop("stop_search", "Stop and search", {}, part_of=None,
              words=("stop and search", "stop and searches", "stop-and-search", "stops and searches",
                     "searches", "stopped and searched", "people searched", "those searched",
                     "people stopped and searched", "people stopped by police", "people stopped", "those stopped", "searches by police",
                     "police searches")),
        _stop("stop_search_age_recorded", "Stops and searches with an age recorded", {"age_group": KNOWN_AGES},
              caveats=(_AGE_CAVEAT,)),
        _stop("stop_search_self_defined", "Stop and search (counted by self-defined ethnicity)", {},
              part_of=None, unit=SELF_DEFINED_UNIT, caveats=(_SELF_ETH,)),
        # outcome
        _stop("stop_search_no_further_action", "Stops and searches ending in no further action",
              {"outcome": NO_FURTHER_ACTION},
              words=("searches ended with no further action", "searches ended in no further action",
                     "searches resulted in no further action", "searches led to no further action",
                     "searches that found nothing", "searches found nothing"),
              qualifiers=("no further action", "nothing found", "found nothing", "nfa", "nothing was found"),
              caveats=nfa),
        _stop("stop_search_arrests", "Stop and searches that led to an arrest", {"outcome": ARREST},
              qualifiers=("led to an arrest", "led to arrests", "ended in an arrest", "ended in arrest",
                          "resulted in an arrest", "resulted in arrests", "arrest rate", "led to arrest"), caveats=both),
        _stop("stop_search_drug_warnings", "Stops and searches ending in a cannabis or drugs warning",
              {"outcome": ("Khat or Cannabis warning", "Offender given drugs possession warning")},
              qualifiers=("cannabis warning", "drugs warning", "drug warning", "cannabis warnings")),
        # object of search
        _stop("drug_stop_search", "Stop and search for drugs", {"object_of_search": "Controlled drugs"},
              words=("drug searches", "searches for drugs", "stop and search for drugs", "drugs searches"),
              qualifiers=("for drugs", "for controlled drugs", "drugs searches", "drug searches", "looking for drugs",
                          "for cannabis")),
        _stop("weapon_stop_search", "Stop and search for offensive weapons", {"object_of_search": "Offensive weapons"},
              words=("weapons searches", "searches for weapons", "searches for knives", "weapon searches"),
              qualifiers=("for weapons", "for offensive weapons", "for knives", "weapons searches", "weapon searches",
                          "looking for weapons", "looking for knives")),
        _stop("firearms_stop_search", "Stop and search for firearms", {"object_of_search": "Firearms"},
              words=("searches for firearms", "searches for guns", "firearms searches"),
              qualifiers=("for firearms", "for guns", "for a gun", "for a firearm", "firearms searches")),
        _stop("stolen_goods_stop_search", "Stop and search for stolen goods", {"object_of_search": "Stolen goods"},
              words=("searches for stolen goods",), qualifiers=("for stolen goods", "for stolen property")),
        # power used
        _stop("section_60_stop_search", "Section 60 stop and search (no suspicion needed)",
              {"legislation": "Criminal Justice and Public Order Act 1994 (section 60)"},
              words=("section 60", "section 60 searches", "section 60 stop and search", "s60 searches",
                     "suspicionless searches", "searches without suspicion"),
              qualifiers=("section 60", "s60", "without suspicion", "suspicionless")),
        # sex
        _stop("stop_search_female", "Stops and searches of women and girls", {"sex": "Female"},
              qualifiers=("women", "woman", "female", "females", "girls")),
        _stop("stop_search_male", "Stops and searches of men and boys", {"sex": "Male"},
              qualifiers=("men", "man", "male", "males", "boys")),
        # age (whole: the stops with an age recorded)
        _stop("stop_search_under_18", "Stops and searches of children (under 18)", {"age_group": UNDER_18},
              part_of="stop_search_age_recorded", caveats=(_AGE_CAVEAT,),
              qualifiers=("children", "child", "under 18", "under 18s", "under-18s", "teenagers", "minors",
                          "juveniles", "aged 10 to 17")),
        _stop("stop_search_18_24", "Stops and searches of people aged 18-24", {"age_group": "18-24"},
              part_of="stop_search_age_recorded", caveats=(_AGE_CAVEAT,),
              qualifiers=("aged 18 to 24", "18 to 24", "18-24", "young adults")),
        _stop("stop_search_25_34", "Stops and searches of people aged 25-34", {"age_group": "25-34"},
              part_of="stop_search_age_recorded", caveats=(_AGE_CAVEAT,), qualifiers=("aged 25 to 34", "25-34")),
        _stop("stop_search_over_34", "Stops and searches of people over 34", {"age_group": "over 34"},
              part_of="stop_search_age_recorded", caveats=(_AGE_CAVEAT,), qualifiers=("over 34", "aged over 34")),
    ]
    # ethnicity: officer-defined (the default), and self-defined (its own unit, the same stops)
    for group, quals in (("Black", ("black", "black people", "black men")),
                         ("White", ("white", "white people")),
                         ("Asian", ("asian", "asian people")),
                         ("Other", ("other ethnic group", "other ethnicity")),
                         ("Mixed", ("mixed", "mixed ethnicity", "mixed race"))):
        key = group.lower() if group != "Other" else "other_ethnicity"
        out.append(_stop(f"stop_search_{key}", f"Stops and searches of {group} people (officer-defined)",
                         {"ethnicity": group}, caveats=(_OFFICER_ETH,), qualifiers=quals))
        out.append(_stop(f"stop_search_{key}_self_defined", f"Stops and searches of {group} people (self-defined)",
                         {"ethnicity": group}, part_of="stop_search_self_defined", unit=SELF_DEFINED_UNIT,
                         caveats=(_SELF_ETH,)))
    out.append(_stop("stop_search_ethnic_minority", "Stops and searches of ethnic minority people (officer-defined)",
                     {"ethnicity": ("Black", "Asian", "Other", "Mixed")},
                     caveats=(_OFFICER_ETH, "Black, Asian, Mixed and Other together; White minorities "
                              "(e.g. White Irish) cannot be told apart in the officer-defined groups."),
                     qualifiers=("bame", "ethnic minority", "ethnic minorities", "black and minority ethnic",
                                 "black, asian and minority ethnic", "people of colour")))
    return (out + strip_search_parts() + stolen_animal_parts() + elderly_victim_parts()   # taken with the stop parts
            + ethnicity_victim_parts() + public_order_parts() + sex_victim_parts())


_STRIP = "met_thorough_searches"
_STRIP_CAVEAT = "Counted by the month of the stop; the Met's own publication, not data.police.uk."


def _strip(name: str, label: str, filters: dict[str, FilterValue], part_of: str, qualifiers: tuple[str, ...]) -> Measure:

    what = "; ".join(f"{k} {v!r}" for k, v in filters.items())
    return Measure(name, label, f"Met more thorough (strip) searches with {what}.", "searches",
                   (SourceSpec(_STRIP, "searches", "month", filters=MappingProxyType(filters)),), (_STRIP_CAVEAT,), (),
                   dimensions=("borough", "month", "year"), part_of=part_of, qualifiers=qualifiers)


def strip_search_parts() -> list[Measure]:
    """Strip searches (and strip searches of children) by ethnicity, sex and outcome: 'more than half of
    the children strip-searched were Black', 'one in twenty were girls', 'nothing was found in almost half'."""
    out = []
    for whole, who, extra in (("strip_searches", "", {}), ("child_strip_searches", "child_", {"age_group": "Under 18"})):
        of = "of children " if who else ""
        for group in ("Black", "White", "Asian"):
            out.append(_strip(f"{who}strip_searches_{group.lower()}", f"Strip searches {of}recorded as {group}",
                              {**extra, "ethnicity": group}, whole, (group.lower(),)))
        out.append(_strip(f"{who}strip_searches_female", f"Strip searches of {'girls' if who else 'females'}",
                          {**extra, "sex": "Female"}, whole, ("girls", "women", "female", "females")))
        out.append(_strip(f"{who}strip_searches_male", f"Strip searches of {'boys' if who else 'males'}",
                          {**extra, "sex": "Male"}, whole, ("boys", "men", "male", "males")))
        out.append(_strip(f"{who}strip_searches_no_outcome", f"Strip searches {of}with no positive outcome",
                          {**extra, "outcome": "No positive outcome"}, whole,
                          ("nothing was found", "nothing found", "found nothing", "no further action",
                           "no positive outcome", "without a positive outcome")))
    return out


def stolen_animal_parts() -> list[Measure]:
    """Stolen dogs and cats recovered: 'fewer than one in ten dogs stolen were recovered' is recovered
    dogs over stolen dogs (not dogs over all animals)."""

    out = []
    for key, sub in (("dogs", "Dog"), ("cats", "Cat")):
        out.append(Measure(f"stolen_{key}_recovered", f"{sub}s reported stolen and recovered",
                           f"{sub}s recorded as stolen in Met crime reports whose outcome is 'Recovered'.",
                           "stolen_animals", (SourceSpec("met_stolen_animals", "stolen_animals", "month",
                                                         filters=MappingProxyType({"subcategory": sub,
                                                                                   "outcome": "Recovered"})),),
                           ("Animals, not offences: one offence can involve several animals.",), (),
                           dimensions=("borough", "month", "year"), part_of=f"stolen_{key}",
                           qualifiers=("recovered", "returned", "found", "reunited")))
    return out


def _dash(name: str, label: str, definition: str, subcategory: str, unit: str, words: tuple[str, ...],
          part_of: str | None, caveats: tuple[str, ...] = (), qualifiers: tuple[str, ...] = ()) -> Measure:

    spec = SourceSpec(_DASH, unit, "month", filters=MappingProxyType({"subcategory": subcategory}))
    return Measure(name, label, definition, unit, (spec,), (_DASH_CAVEAT,) + caveats, words,
                   dimensions=("borough", "area", "month", "year"), part_of=part_of, qualifiers=qualifiers)


def knife_dashboard_measures() -> list[Measure]:
    """The Met monthly crime dashboard's knife series beyond 'Knife Crime' offences (which is in the
    main catalogue, with the ONS fallback): injury, robbery with injury, young victims, outcomes."""
    return [
        _dash("knife_crime_with_injury", "Knife crime with injury",
              "Knife crime offences in which someone was injured (Met monthly crime dashboard, "
              "'Knife Crime with Injury').", "Knife Crime with Injury", "offences",
              ("knife crime with injury", "knife crimes with injury", "knife crime with an injury",
               "knife offences with injury", "knife offences causing injury", "knife crime causing injury",
               "knife crimes causing injury", "knife offences resulting in injury",
               "knife crime resulting in injury", "knife crime involving injury", "knife injury offences",
               "knife injury crimes", "knife injuries", "injury knife crime", "knife-injury offences",
               "knife crime injuries", "knife attacks causing injury", "knife offences where someone was injured",
               "stabbed", "people stabbed", "stabbing victims", "victims of stabbings"),
              "knife_crime", qualifiers=("with injury", "causing injury", "injury", "injured")),
        _dash("knife_robbery_with_injury", "Knife robbery with injury (personal robbery)",
              "Personal robberies with a knife in which someone was injured (Met monthly crime dashboard, "
              "'Knife Crime with Injury (Personal Robbery)').",
              "Knife Crime with Injury (Personal Robbery)", "offences",
              ("knife robbery with injury", "knife robberies with injury", "knife robberies causing injury",
               "knifepoint robberies causing injury", "knife-point robberies with injury"),
              "knife_crime_with_injury", qualifiers=("robbery", "robberies")),
        _dash("knife_injury_victims_under_25", "Knife injury victims aged 1-24",
              "Victims aged 1-24 injured in knife crime (Met monthly crime dashboard, 'Knife Injury "
              "Victims (1-24)'), domestic abuse included.", "Knife Injury Victims (1-24)", "victims",
              ("knife injury victims under 25", "knife injury victims aged under 25",
               "young knife injury victims", "knife injury victims aged 1-24", "young victims of knife crime",
               "young people injured by knives", "under-25s injured by knives", "under 25s injured in knife crime",
               "young people stabbed", "knife crime victims under 25", "young knife crime victims",
               "young people under 25 injured by knives", "young people under 25 injured with a knife",
               "people under 25 injured with a knife", "people under 25 injured by knives", "under-25s injured with a knife",
               "under-25s injured by knives", "young people injured with a knife", "aged 1-24 injured by knives",
               "aged 1-24 injured with a knife", "aged 1-24 injured in knife crime", "aged under 25 injured with a knife",
               "aged under 25 injured by knives", "aged under 25 injured in knife crime"),
              None, ("Victims, not offences: one offence can injure several people.",)),
        _dash("knife_injury_victims_under_25_non_domestic",
              "Knife injury victims aged 1-24, domestic abuse excluded",
              "Victims aged 1-24 injured in knife crime that was not domestic abuse (Met monthly crime "
              "dashboard, 'Knife Injury Victims (non DA 1-24)').", "Knife Injury Victims (non DA 1-24)",
              "victims", ("non-domestic knife injury victims under 25", "non domestic knife injury victims",
                          "knife injury victims under 25 non domestic",
                          "non-domestic abuse knife injury victims"),
              "knife_injury_victims_under_25", ("Victims, not offences: one offence can injure several people.",),
              qualifiers=("non-domestic", "non domestic", "not domestic")),
        _dash("knife_crime_positive_outcomes", "Positive outcomes for knife crime",
              "Knife crime offences given a positive outcome (charge or summons, caution, community "
              "resolution ...) in the month, from the Met monthly crime dashboard ('Knife Crime', measure "
              "'Positive Outcomes').", "Knife Crime", "positive_outcomes",
              ("positive outcomes for knife crime", "positive outcome for knife crime", "knife crime positive outcomes",
               "knife crime positive outcome", "knife crime outcomes", "knife offences with a positive outcome",
               "knife crimes with a positive outcome", "positive outcomes for knife offences",
               "knife crime positive outcome rate", "knife crime solved", "knife crimes solved",
               "knife offences solved", "knife crime detections", "knife crime sanction detections",
               "knife crime charges", "knife crimes resulting in a charge"),
              "knife_crime", (_OUTCOME_CAVEAT,), qualifiers=("positive outcome", "positive outcomes", "solved")),
        _dash("knife_crime_with_injury_positive_outcomes", "Positive outcomes for knife crime with injury",
              "Knife crime with injury offences given a positive outcome in the month (Met monthly crime "
              "dashboard, 'Knife Crime with Injury', measure 'Positive Outcomes').", "Knife Crime with Injury",
              "positive_outcomes",
              ("positive outcomes for knife crime with injury", "knife crime with injury positive outcomes",
               "positive outcomes for knife offences causing injury", "knife crime with injury solved"),
              "knife_crime_with_injury", (_OUTCOME_CAVEAT,), qualifiers=("positive outcome", "positive outcomes")),
    ]


def _none(name: str, label: str, definition: str, words: tuple[str, ...], would: str) -> Measure:

    return Measure(name, label, definition, "items", (), (f"No file in the store holds this. {would}",), words,
                   kind="unavailable")


def unanswerable_measures() -> list[Measure]:
    """Figures people quote that no stored file holds: declared so a claim finds them, not a crime measure."""
    return [
        _none("knives_seized", "Knives seized or recovered by the police",
              "Knives and other weapons the police seized, recovered or 'took off the streets' (e.g. in "
              "weapons sweeps, searches or Operation Sceptre).",
              ("knives seized", "knives recovered", "knives confiscated", "knives removed from the streets",
               "knives taken off the streets", "knives off the streets", "knives off our streets",
               "weapons seized", "weapons recovered", "weapons confiscated", "weapons taken off the streets",
               "weapons off the streets", "blades seized", "blades taken off the streets", "knife seizures",
               "seized knives", "seized weapons", "knives were seized", "knives have been seized",
               "knives were taken off the streets", "knives have been taken off the streets",
               "weapons were seized", "knife sweeps", "weapons sweeps",
               "operation sceptre"),
              "The Met's or the Home Office's own counts of weapons seized (e.g. Operation Sceptre "
              "returns) would answer it; recorded knife crime does not."),
        _none("weapons_surrendered", "Weapons surrendered (knife amnesties and knife bins)",
              "Knives and other weapons handed in to the police, e.g. in knife amnesties or knife bins.",
              ("weapons surrendered", "knives surrendered", "surrendered knives", "surrendered weapons",
               "knives handed in", "weapons handed in", "knife amnesty", "knife amnesties",
               "weapons amnesty", "weapon amnesty", "knife bins", "knife bin", "surrender bins",
               "knives were handed in", "knives have been handed in", "knives were surrendered",
               "weapons were surrendered"),
              "Amnesty or knife-bin returns from the police or the charities that run the bins would answer it."),
    ]


def ethnicity_victim_parts() -> list[Measure]:
    """Homicide victims by the ethnic group the Met records ('<group> <Londoners> were N% of homicide
    victims' is the 'Black' victims over all victims)."""
    out = []
    for key, group in (("black", "Black"), ("white", "White"), ("asian", "Asian")):
        out.append(victims_measure(
            f"{key}_homicide_victims", f"{group} homicide victims",
            f"Homicide victims whose ethnicity the Met records as '{group}' (the file's own, coarse groups).",
            (f"{key} homicide victims", f"{key} victims of homicide", f"{key} people killed",
             f"{key} londoners killed", f"{key} victims"),
            {"ethnicity": group},
            ("Ethnicity as recorded in the Met's homicide file, in its five coarse groups (including "
             "'Not Reported/Not Known').",),
            qualifiers=(key, f"{key} londoners", f"{key} people", f"{key} men", f"{key} women")))
    return out


# how and in what setting victims were killed, split by sex: (key, label, filters) of the victims file
_VICTIM_SETTINGS = (("knife", "killed with a knife or sharp implement", {"method": "Knife or Sharp Implement"}),
                    ("gun", "shot", {"method": "Shooting"}),
                    ("domestic", "killed in a domestic abuse setting", {"domestic_abuse": "Domestic Abuse"}))


def sex_victim_parts() -> list[Measure]:
    """Women (or men) killed with a knife, shot, or in a domestic abuse setting: '<N> of the <women> were <stabbed>'
    counts female victims whose method was a knife, a part of the female victims (their share is of them)."""
    out = []
    for sex, label in (("female", "Female"), ("male", "Male")):
        for key, how, filters in _VICTIM_SETTINGS:
            m = victims_measure(f"{sex}_{key}_homicide_victims", f"{label} homicide victims {how}",
                                f"Homicide victims recorded as {sex} and {how}.", (), {"sex": label, **filters})
            out.append(replace(m, part_of=f"{sex}_homicide_victims"))
    return out


def public_order_parts() -> list[Measure]:
    """Public order offences the Met splits out: violent disorder, and racially or religiously aggravated
    public fear, alarm or distress (the two MPS extracts spell the subcategories differently; the filter takes
    either, one extract holds only one spelling)."""
    out = []
    for name, label, subs, words in (
            ("violent_disorder", "Violent disorder", ("VIOLENT DISORDER", "Violent Disorder"),
             ("violent disorder", "offences of violent disorder", "violent disorder offences")),
            ("racially_aggravated_public_order", "Racially or religiously aggravated public fear, alarm or distress",
             ("RACE OR RELIGIOUS AGG PUBLIC FEAR", "Racially or Religiously Aggravated Public Fear, Al"),
             ("racially or religiously aggravated public order offences", "racially aggravated public order offences",
              "racially or religiously aggravated public order", "race hate public order offences",
              "racially or religiously aggravated public fear", "religiously aggravated public order offences",
              "racially aggravated public order"))):
        spec = SourceSpec("mps_recorded_crime", "offences", "month", frozenset({"public_order"}),
                          MappingProxyType({"subcategory": subs}))
        out.append(Measure(name, label, f"Met recorded public order offences in the subcategory '{label}'.",
                           "offences", (spec,), (), words,
                           dimensions=("borough", "month", "year"), part_of="public_order"))
    return out


def elderly_victim_parts() -> list[Measure]:
    """Homicide victims in the Met's 'Elderly' age band: 'the number of elderly victims doubled' is
    about them, not about the child victims an earlier sentence named."""

    return [victims_measure("elderly_homicide_victims", "Elderly homicide victims",
                     "Homicide victims in the Met's 'Elderly' age group.",
                     ("elderly people killed", "pensioners killed", "elderly homicide victims"),
                     {"age_group": "Elderly"},
                     ("The Met's age band 'Elderly' has no published lower age bound; it need not match "
                      "'over-65s'.",))]
