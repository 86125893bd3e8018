"""The measure catalogue: what each figure people ask about *means*, declared in one place.

A :class:`Measure` says in plain English what is counted, in which unit (offences, victims,
arrests, stops, ...), and which stored sources can answer it, best first.  Each
:class:`SourceSpec` names the ``counts`` rows that make up the measure in that source: the
``offence_key`` set (a taxonomy key and everything below it), plus equality filters on other
columns (``method``, ``age_group``, ``subcategory`` ...); a filter given a tuple of values sums
them (SQL ``IN``), for a thing the publisher splits over several labels (drug arrests over the
custody file's three drug groups).  ``words`` are the phrases people use,
so the claim checker can map "muggings" to ``personal_robbery`` and "stabbings" to
``knife_homicide_victims``.

Nothing here reads the store: the facts engine (``crimestats.facts._facts``) turns a measure, an area
and a period into a figure.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from types import MappingProxyType
from typing import Mapping

from .._errors import UnknownMeasureError
from ..reference._taxonomy import OFFENCE_KEYS, descendants
from ._measure import FilterValue, Measure, SourceSpec, StandIn, victims_measure
from ._parts import knife_dashboard_measures, stop_search_measures, unanswerable_measures

__all__ = ["Measure", "SourceSpec", "FilterValue", "CATALOGUE", "get_measure", "find_measures", "measure_names",
           "find_part", "parts_of"]

_RECORDED_DIMS = ("offence_key", "category", "subcategory", "borough", "month", "year")

# police.uk street files only name these groups; a measure is answerable there when its key is
# one of them (police.uk "robbery" cannot split personal from business robbery).
_POLICE_UK_KEYS = frozenset({
    "anti_social_behaviour", "bicycle_theft", "burglary", "arson_criminal_damage", "drug_offences",
    "other_crime", "other_theft", "possession_of_weapons", "public_order", "robbery",
    "shoplifting", "theft_from_person", "vehicle_offences", "violence_and_sexual_offences",
    "theft",    # police.uk's four theft groups (bicycle, other, shoplifting, from the person) make up theft
})

# Everyday words for offence keys (beyond the key's own label).
_OFFENCE_WORDS: dict[str, tuple[str, ...]] = {
    "all_crime": ("crime", "all crime", "recorded crime", "total crime", "crimes", "offences", "overall crime",
                  "crime overall", "total offences", "reported crime"),
    "homicide": ("homicide", "homicides", "killings", "murders", "murder", "murder rate", "deadliest year",
                 "bloodiest year", "deadliest years", "bloodiest years"),
    "personal_robbery": ("mugging", "muggings", "muggers", "street robbery", "street robberies",
                         "personal robbery", "robbery of personal property",
                         "street muggings", "people mugged", "were mugged"),
    "business_robbery": ("business robbery", "commercial robbery", "business robberies", "robberies of businesses",
                         "robberies of shops and businesses", "robbery of shops", "robberies of shops", "shop robberies"),
    "robbery": ("robbery", "robberies"),
    "burglary": ("burglary", "burglaries", "break-ins", "burglars", "burgled", "burglary offences",
                 "burglaries of homes and businesses", "burglary of homes and businesses",
                 "burglaries of homes and commercial premises"),
    "residential_burglary": ("residential burglary", "domestic burglary", "residential (domestic) burglary"),
    # the Met's 'burglary of a home' (from 2023); claims reaching back further use residential burglary
    "burglary_home": ("home burglary", "house burglaries", "burglaries of homes", "home burglaries",
                      "homes burgled", "house burglary", "houses burgled", "burglary of a home", "break-ins at people's homes",
                      "burglaries at people's homes", "burglaries of people's homes",
                      "burglaries at homes", "homes broken into", "break-ins at homes", "homes were burgled",
                      "houses were burgled", "homes have been burgled", "homes were broken into",
                      "residential burglary of a home"),
    "violence_with_injury": ("violence with injury", "assaults with injury", "violent assaults",
                             "assaults causing injury", "attacks that left the victim injured",
                             "attacks that left victims injured", "attacks causing injury"),
    "violence_without_injury": ("violence without injury", "common assault"),
    "violence_against_the_person": ("violent crime", "violence against the person", "violence",
                                    "violent offences", "violent offending", "violent crimes"),
    "theft_from_person": ("theft from the person", "thefts from the person", "pickpocketing", "phone snatching", "snatch thefts",
                          "phone snatches", "phone thefts", "phone theft", "mobile phone thefts", "thefts from people",
                          "theft from people", "phone snatchings", "phones snatched"),
    "bicycle_theft": ("bicycle theft", "bike theft", "bike thefts", "cycle theft", "bicycle thefts",
                      "stolen bikes", "stolen bicycles", "bikes stolen", "bicycles stolen", "cycle thefts",
                      "stolen cycles", "cycles stolen", "cycles were stolen", "cycles were reported stolen",
                      "bikes were stolen", "bikes were reported stolen", "bicycles were stolen",
                      "bicycles were reported stolen"),
    "shoplifting": ("shoplifting", "shop theft", "shoplifters", "shop thefts", "thefts from shops", "theft from shops",
                    "retail theft", "shoplifting offences", "stealing from shops"),
    "theft_of_vehicle": ("car theft", "car thefts", "vehicle theft", "thefts of cars", "theft of cars",
                         "cars stolen", "stolen cars", "vehicles stolen", "stolen vehicles", "car was stolen",
                         "thefts of vehicles", "theft of vehicles", "theft of motor vehicles",
                         "thefts of motor vehicles", "motor vehicle theft", "cars were stolen", "vehicles were stolen",
                         "cars nicked", "cars pinched", "cars were pinched", "motors pinched", "motors were pinched",
                         "motors stolen", "motors were stolen", "car thieves"),
    "theft_from_vehicle": ("thefts from cars", "theft from cars", "thefts from vehicles", "theft from vehicles",
                           "theft from a car", "thefts from motor vehicles", "car break-ins",
                           "theft from motor vehicles", "stolen from cars", "nicked from cars", "taken from cars",
                           "vehicle break-ins", "cars broken into", "break-ins to cars", "stolen from vehicles",
                           "cars were broken into", "vehicles broken into", "vehicles were broken into"),
    "vehicle_offences": ("vehicle crime", "vehicle offences", "car crime", "vehicle crimes", "motor vehicle crime",
                         "vehicle-related crime", "crimes against vehicles"),
    "rape": ("rape", "rapes"),
    "sexual_offences": ("sexual offences", "sex offences", "sex crimes", "sexual crimes"),
    "drug_offences": ("drug offences", "drugs offences", "drug crime", "drugs crime", "drug crimes", "drug-related crime"),
    "drug_trafficking": ("drug trafficking", "drug dealing", "drug-dealing", "dealing drugs", "drug supply",
                         "drug trafficking offences", "drug dealing offences"),
    "drug_possession": ("drug possession", "possessing drugs", "drug possession offences"),
    "possession_of_weapons": ("weapon possession", "possession of weapons", "carrying weapons",
                              "knife possession", "weapons possession", "possession of a knife",
                              "carrying a knife", "carrying knives", "offensive weapons",
                              "weapons offences", "weapon offences"),
    "arson_criminal_damage": ("criminal damage", "vandalism", "arson"),
    "public_order": ("public order offences",),
    "anti_social_behaviour": ("anti-social behaviour", "antisocial behaviour", "asb"),
    "violence_and_sexual_offences": ("violence and sexual offences", "violent and sexual offences",
                                     "violent and sexual crime", "violence and sexual crime"),
}

# Keys whose recorded-crime equivalent is a union of other keys.
_MPS_KEYS_OVERRIDE: dict[str, frozenset[str]] = {
    "violence_and_sexual_offences": frozenset(descendants("violence_against_the_person")
                                              | descendants("sexual_offences")),
}

# Third-party calendar-year LSOA totals of MPS recorded crime (fallback for LSOA questions).
_LSOA_ANNUAL = {"robbery": "mps_recorded_crime_lsoa_annual_robbery",
                "violence_against_the_person": "mps_recorded_crime_lsoa_annual_violence",
                "possession_of_weapons": "mps_recorded_crime_lsoa_annual_weapons"}

_NYC_NOTE = ("New York City: NYPD murder and non-negligent manslaughter records (NIBRS 09A) via the Crime "
             "Open Database, one per offence, by calendar year and month of the offence date as written (UTC); the "
             "store holds no New York population, so no New York rate per resident can be given.")
_METHOD_STAND_IN = StandIn("police_flag",
                           "Counted from the victim's recorded method of killing; the Met's own "
                           "'knife-enabled' and 'gun-enabled' homicide flags are defined differently "
                           "(e.g. a knife used to threaten counts there), so its published figures can differ.")
_DISPOSALS_NOTE = ("The custody file holds disposals (the outcome for each person detained: charge, "
                   "caution, no further action, released under investigation...), not arrests: this "
                   "approximates arrests brought into custody, by month of disposal.")
# The custody file's offence groups that together make up drug offences.
_CUSTODY_DRUG_GROUPS = ("Drug Possession", "Drug Supply", "Drugs - Other")


def _offence_measures() -> list[Measure]:
    out = []
    for key, ok in OFFENCE_KEYS.items():
        srcs: list[SourceSpec] = []
        if key != "anti_social_behaviour":
            keys = _MPS_KEYS_OVERRIDE.get(key, frozenset(descendants(key)))
            srcs.append(SourceSpec("mps_recorded_crime", "offences", "month", keys))
        if key in _LSOA_ANNUAL:
            srcs.append(SourceSpec(_LSOA_ANNUAL[key], "offences", "year", frozenset(descendants(key)),
                                   note="LSOA calendar-year totals aggregated from the MPS monthly "
                                        "series by a third party (2011-2021)"))
        if key in _POLICE_UK_KEYS or key == "all_crime":
            keys = frozenset(descendants(key))
            srcs.append(SourceSpec("police_uk_street", "offences", "month", keys,
                                   note="data.police.uk street-level crimes (anonymised locations)",
                                   counted_as="incidents" if key == "anti_social_behaviour" else None))
        if key == "homicide":
            srcs.append(SourceSpec("nyc_homicides", "offences", "year", frozenset({"homicide"}),
                                   note=_NYC_NOTE))
            srcs.append(SourceSpec("nyc_homicides", "offences", "month", frozenset({"homicide"}),
                                   note=_NYC_NOTE))
        caveats = [ok.note] if ok.note else []
        if key == "homicide":
            caveats.append("Offences recorded under Home Office Counting Rules (HOCR) by the "
                           "month they were recorded; one offence can have several victims, and "
                           "counts differ from the homicide-victims file.")
        if key == "anti_social_behaviour":
            caveats.append("Reporting practice changed over time; falls may not be real.")
        words = tuple(dict.fromkeys(_OFFENCE_WORDS.get(key, ()) + (ok.label.lower(),)))
        unit = "incidents" if key == "anti_social_behaviour" else "offences"
        label = ok.label if key != "homicide" else "Homicide offences (recorded crime, HOCR)"
        definition = (f"{ok.label}: {'incidents' if unit == 'incidents' else 'offences'} recorded by "
                      f"the police, including every sub-group below '{key}' in the offence taxonomy.")
        out.append(Measure(key, label, definition, unit, tuple(srcs), tuple(caveats), words,
                           dimensions=_RECORDED_DIMS))
    return out


def _qualified_measures() -> list[Measure]:
    """Arrests by custody offence group and strip searches of children: the narrower figures a
    claim's qualifier ('on suspicion of murder', 'children') asks for.  No words of their own: the
    claim checker picks them.  Stop and search and its parts are in :mod:`crimestats.measures._parts`."""
    out = []
    for name, label, group in (("murder_arrests", "Arrests for murder", "Murder"),
                               ("weapons_arrests", "Arrests for weapons offences", "Weapons"),
                               ("assault_arrests", "Arrests for assault", "Assault"),
                               ("sexual_offence_arrests", "Arrests for sexual offences", "Sexual Offences")):
        out.append(Measure(name, label, f"Met custody disposals with offence group {group!r}.", "arrests",
                           (SourceSpec("met_custody", "arrests", "month", filters=MappingProxyType({"category": group})),
                            SourceSpec("met_custody", "disposals", "month", filters=MappingProxyType({"category": group}),
                                       note=_DISPOSALS_NOTE)),
                           ("Custody records count arrests brought into custody, by offence group.",),
                           dimensions=("age_group", "sex", "ethnicity", "month", "year"), part_of="arrests"))
    drugs = MappingProxyType({"category": _CUSTODY_DRUG_GROUPS})
    out.append(Measure("drug_arrests", "Arrests for drug offences",
                       "Met custody disposals with any of the drug offence groups "
                       f"{', '.join(repr(g) for g in _CUSTODY_DRUG_GROUPS)}, summed.", "arrests",
                       (SourceSpec("met_custody", "arrests", "month", filters=drugs),
                        SourceSpec("met_custody", "disposals", "month", filters=drugs, note=_DISPOSALS_NOTE)),
                       ("Custody records count arrests brought into custody, by offence group.",
                        "The custody file splits drug offences three ways (possession, supply, other); "
                        "this is their sum."),
                       dimensions=("category", "age_group", "sex", "ethnicity", "month", "year"), part_of="arrests"))
    out.append(Measure("child_strip_searches", "Strip searches of children (under 18)",
                       "Met more thorough searches with age group 'Under 18'.", "searches",
                       (SourceSpec("met_thorough_searches", "searches", "month",
                                   filters=MappingProxyType({"age_group": "Under 18"})),),
                       ("Counted by the month of the stop; the Met's own publication, not data.police.uk.",),
                       dimensions=("borough", "month", "year"), part_of="strip_searches",
                       qualifiers=("children", "child", "under 18", "under 18s", "under-18s", "minors", "teenagers")))
    return out


def _specials() -> list[Measure]:
    m = [
        victims_measure("homicide_victims", "Homicide victims",
                 "People killed by homicide (murder, manslaughter, infanticide) in the Met area, "
                 "by year of the offence, from the Met homicide dashboard.",
                 ("homicide victims", "people killed", "people murdered", "victims of homicide", "people were killed",
                  "people were murdered", "people have been killed", "people have been murdered"), {}),
        victims_measure("knife_homicide_victims", "Knife homicide victims",
                 "Homicide victims whose method of killing was 'Knife or Sharp Implement'.",
                 ("knife-enabled homicides", "knife enabled homicides", "knife homicides",
                  "stabbings", "knife killings", "fatal stabbings", "stabbed to death", "knife enabled",
                  "knife-enabled"),
                 {"method": "Knife or Sharp Implement"}, stand_in=_METHOD_STAND_IN),
        victims_measure("gun_homicide_victims", "Gun homicide victims",
                 "Homicide victims whose method of killing was 'Shooting'.",
                 ("gun-enabled homicides", "gun enabled homicides", "gun homicides", "shootings",
                  "gun killings", "fatal shootings", "shot dead", "gun enabled", "gun-enabled"),
                 {"method": "Shooting"}, stand_in=_METHOD_STAND_IN),
        victims_measure("teenage_homicide_victims", "Adolescent and young adult homicide victims",
                 "Homicide victims in the Met's 'Adolescent/Young Adult' age group.",
                 ("teenage killings", "teenage homicides", "teenagers killed", "teen killings",
                  "young people killed", "youth homicides"),
                 {"age_group": "Adolescent/Young Adult"},
                 stand_in=StandIn("age_band", "The Met's age band 'Adolescent/Young Adult' is coarse: it is not the "
                                  "same as teenagers aged 13-19 and includes young adults.")),
        victims_measure("child_homicide_victims", "Child homicide victims",
                 "Homicide victims in the Met's 'Child' age group.",
                 ("children killed", "child homicides", "child killings"), {"age_group": "Child"}),
        victims_measure("domestic_homicide_victims", "Domestic abuse homicide victims",
                 "Homicide victims where the Met flags domestic abuse.",
                 ("domestic homicides", "domestic abuse homicides", "domestic killings"),
                 {"domestic_abuse": "Domestic Abuse"}),
        victims_measure("female_homicide_victims", "Female homicide victims",
                 "Homicide victims recorded as female.",
                 ("women killed", "female homicide victims", "femicides"), {"sex": "Female"}),
        victims_measure("male_homicide_victims", "Male homicide victims",
                 "Homicide victims recorded as male.",
                 ("men killed", "male homicide victims", "male victims"), {"sex": "Male"}),
        victims_measure("unsolved_homicide_victims", "Unsolved homicide victims",
                 "Homicide victims whose case the Met records as unsolved.",
                 ("unsolved homicides", "unsolved murders"), {"solved_status": "Unsolved"}),
        Measure("homicide_accused", "People accused of homicide",
                "People proceeded against (charged or summonsed) for homicide, by month of proceedings.",
                "accused", (SourceSpec("met_homicide_accused", "accused", "month"),),
                ("Counted by month of proceedings, not month of offence.",),
                ("accused of homicide", "charged with murder", "homicide suspects", "charged with homicide",
                 "people charged with homicide", "charged with murder or manslaughter"),
                dimensions=("age_group", "sex", "ethnicity", "borough", "month", "year")),
        Measure("knife_crime", "Knife crime offences",
                "Offences flagged as involving a knife or sharp instrument (the Met's monthly "
                "crime dashboard 'Knife Crime').",
                "offences", (SourceSpec("met_crime_dashboard", "offences", "month",
                                        filters=MappingProxyType({"subcategory": "Knife Crime"})),
                             SourceSpec("ons_knife_crime", "offences", "financial_year",
                                        frozenset({"knife_crime"}),
                                        note="ONS/Home Office offences involving a knife or sharp "
                                             "instrument by police force, years ending March (compiled)")),
                ("From the Met monthly crime dashboard, which starts in March 2022; definitions "
                 "follow the Home Office 'offences involving a knife or sharp instrument' flag.",
                 "Before March 2022 and outside London: ONS 'offences involving a knife or sharp "
                 "instrument' by police force, financial years only (years ending March), as "
                 "compiled by a third party from the Home Office tables.",
                 "A third-party London monthly 'knife crime' series (knife_crime.json) is not used: "
                 "it adds the injury subset and victim counts to knife crime, so it double counts.",),
                ("knife crime", "knife crimes", "knife offences", "knife-enabled crime",
                 "knife or sharp instrument", "knife or sharp instrument offences",
                 "offences involving a knife or sharp instrument", "knife or sharp object"),
                dimensions=("borough", "month", "year")),
        Measure("arrests", "Arrests",
                "Arrests recorded in Met custody, by month; filter by offence group "
                "(the source's category) e.g. filters={'category': 'Robbery'}.",
                "arrests", (SourceSpec("met_custody", "arrests", "month"),
                            SourceSpec("met_custody", "disposals", "month", note=_DISPOSALS_NOTE)),
                ("Custody records count arrests brought into custody, by offence group.",),
                ("arrests", "arrested", "people arrested"),
                dimensions=("category", "age_group", "sex", "ethnicity", "outcome", "month", "year")),
        Measure("robbery_arrests", "Arrests for robbery",
                "Arrests in Met custody with offence group 'Robbery'.",
                "arrests", (SourceSpec("met_custody", "arrests", "month",
                                       filters=MappingProxyType({"category": "Robbery"})),
                            SourceSpec("met_custody", "disposals", "month",
                                       filters=MappingProxyType({"category": "Robbery"}),
                                       note=_DISPOSALS_NOTE)),
                ("Custody records count arrests brought into custody, by offence group.",),
                ("arrests for robbery", "robbery arrests"),
                dimensions=("age_group", "sex", "ethnicity", "month", "year"), part_of="arrests"),
        Measure("custody_disposals", "Custody disposals",
                "Disposals (charge, caution, release ...) recorded in Met custody, by month.",
                "disposals", (SourceSpec("met_custody", "disposals", "month"),), (),
                ("custody disposals", "charges"),
                dimensions=("category", "outcome", "age_group", "sex", "ethnicity", "month", "year")),
        Measure("strip_searches", "Strip searches (more thorough searches)",
                "Searches by the Met that expose intimate parts (the Met's 'more thorough search' data).",
                "searches", (SourceSpec("met_thorough_searches", "searches", "month"),),
                ("Counted by the month of the stop; the Met's own publication, not data.police.uk.",),
                ("strip searches", "strip search", "strip-searches", "strip-searched", "thorough searches"),
                dimensions=("age_group", "borough", "month", "year")),
        *_qualified_measures(),
        Measure("vawg_offences", "Violence against women and girls offences",
                "Offences the Met flags as violence against women and girls (its VAWG dashboard data).",
                "offences", (SourceSpec("met_vawg_offences", "offences", "month"),),
                ("The Met's own VAWG flag, counted by month recorded.",),
                ("violence against women and girls", "vawg offences", "vawg"),
                dimensions=("borough", "month", "year")),
        Measure("stolen_dogs", "Dogs reported stolen",
                "Dogs recorded as stolen in Met crime reports (the Met's stolen animals data).",
                "stolen_animals", (SourceSpec("met_stolen_animals", "stolen_animals", "month",
                                              filters=MappingProxyType({"subcategory": "Dog"})),),
                ("Animals, not offences: one offence can involve several animals.",),
                ("dog thefts", "dog theft", "dogs stolen", "stolen dogs", "dognapping"),
                dimensions=("borough", "month", "year"), part_of="stolen_animals"),
        Measure("stolen_cats", "Cats reported stolen",
                "Cats recorded as stolen in Met crime reports (the Met's stolen animals data).",
                "stolen_animals", (SourceSpec("met_stolen_animals", "stolen_animals", "month",
                                              filters=MappingProxyType({"subcategory": "Cat"})),),
                ("Animals, not offences: one offence can involve several animals.",),
                ("cat thefts", "cat theft", "cats stolen", "stolen cats"),
                dimensions=("borough", "month", "year"), part_of="stolen_animals"),
        Measure("stolen_animals", "Animals reported stolen",
                "Animals recorded as stolen in Met crime reports (the Met's stolen animals data).",
                "stolen_animals", (SourceSpec("met_stolen_animals", "stolen_animals", "month"),),
                ("Animals, not offences: one offence can involve several animals.",),
                ("stolen animals", "pet thefts", "pet theft", "pets stolen", "animal thefts"),
                dimensions=("borough", "month", "year")),
        Measure("homicide_rate", "Homicide rate per 100,000 population",
                "Homicide victims per 100,000 residents; for countries, the published rate "
                "(UNODC via Our World in Data).",
                "per 100,000 population", (), (
                    "For London the rate divides the Met's homicide victims by the population of "
                    "the 32 boroughs it polices (the City of London is excluded).",),
                ("homicide rate", "murder rate", "homicides per 100,000", "killings per head"),
                kind="rate", base="homicide_victims"),
    ]
    return m


def _crime_and_asb() -> Measure:
    """police.uk's whole workload: crimes and anti-social behaviour incidents together, as forces often report it
    ('N crimes and incidents of anti-social behaviour'); only the street files hold both."""
    keys = frozenset(descendants("all_crime")) | {"anti_social_behaviour"}
    return Measure(
        "crime_and_asb", "Crimes and anti-social behaviour incidents (police.uk)",
        "Every row of the data.police.uk street files: recorded crimes plus anti-social behaviour incidents.",
        "crimes and incidents",
        (SourceSpec("police_uk_street", "offences", "month", keys,
                    note="data.police.uk street-level crimes and anti-social behaviour incidents",
                    counted_as="crimes and incidents"),),
        ("Anti-social behaviour incidents are not crimes; they are counted here beside them because the claim "
         "counts both.",),
        ("crimes and incidents of anti-social behaviour", "crime and anti-social behaviour",
         "crimes and anti-social behaviour", "crimes and antisocial behaviour", "crime and antisocial behaviour",
         "crimes and asb", "crime and asb", "crimes and asb incidents", "crimes and anti-social behaviour incidents",
         "crime and anti-social behaviour incidents", "incidents of crime and anti-social behaviour",
         "crimes including anti-social behaviour", "crime including anti-social behaviour",
         "crimes and incidents", "crime and incidents"),
        dimensions=_RECORDED_DIMS)


# '<things> stolen' is also written '<things> were stolen', '<things> have been stolen'
_PARTICIPLES = ("stolen", "nicked", "pinched", "burgled", "mugged", "broken into", "taken", "killed", "murdered",
                "stabbed", "shot", "attacked", "robbed")
_AUXILIARIES = ("were", "was", "have been", "had been", "has been")
_SINGULAR_AUXILIARIES = ("was", "is", "has been", "had been", "gets", "got")


def _with_passives(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` and, for each '<noun> <participle>', the same with 'were', 'was', 'have been' between, and for a
    plural noun in -s its singular with 'was', 'is', 'gets' ('homes burgled': 'a home was burgled every N hours')."""
    more = []
    for w in words:
        for p in _PARTICIPLES:
            head = w[: -len(p)].rstrip()
            if w.endswith(" " + p) and head and not head.endswith(_AUXILIARIES) and " " not in head.strip():
                more += [f"{head} {a} {p}" for a in _AUXILIARIES]
                if head.endswith("s") and not head.endswith("ss"):
                    more += [f"{head[:-1]} {a} {p}" for a in _SINGULAR_AUXILIARIES]
    return tuple(dict.fromkeys(words + tuple(more)))


def _build() -> dict[str, Measure]:
    out: dict[str, Measure] = {}
    for m in (_offence_measures() + [_crime_and_asb()] + _specials() + stop_search_measures() + knife_dashboard_measures()
              + unanswerable_measures()):
        out[m.name] = replace(m, words=_with_passives(m.words)) if m.words else m
    return out


CATALOGUE: Mapping[str, Measure] = MappingProxyType(_build())


def measure_names() -> list[str]:
    return sorted(CATALOGUE)


def get_measure(name: str | Measure) -> Measure:
    """The measure called ``name`` (a catalogue name or one of its words)."""
    if isinstance(name, Measure):
        return name
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key in CATALOGUE:
        return CATALOGUE[key]
    by_word = [m for m in CATALOGUE.values() if name.strip().lower() in m.words]
    if by_word:
        return by_word[0]
    low = name.strip().lower().replace("_", " ")
    for tail in (" rate per 100,000", " rate per 100000", " rate"):
        if low.endswith(tail) and low[: -len(tail)].strip():
            try:
                base = get_measure(low[: -len(tail)].strip())
            except UnknownMeasureError:
                break
            if base.kind == "rate":
                return base
            # 'knife crime rate', as people ask: the count measure per 100,000 residents
            return Measure(f"{base.name}_rate", f"{base.label} per 100,000 residents",
                           f"{base.definition} Per 100,000 residents.", "per 100,000 population", (),
                           base.caveats + ("A rate divides the count by the residents of the area "
                                           "(ONS estimate or GLA projection for that year).",),
                           (), kind="rate", base=base.name, stand_in=base.stand_in)
    words = {w: m.name for m in CATALOGUE.values() for w in m.words}
    close = difflib.get_close_matches(key, list(CATALOGUE), n=4, cutoff=0.6)
    close += [words[w] for w in difflib.get_close_matches(name.lower(), list(words), n=3, cutoff=0.7)]
    close = list(dict.fromkeys(close))
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    raise UnknownMeasureError(
        f"unknown measure {name!r}.{hint} See `crimestats stats --list` for every measure."
    )


def _norm(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower().replace("-", " ")).strip() + " "


_NORM_WORDS: dict[str, str] = {}   # a measure word -> _norm(word), filled as words are met


def _norm_word(word: str) -> str:
    """``_norm`` of a catalogue word, computed once (find_measures runs once per sentence)."""
    n = _NORM_WORDS.get(word)
    if n is None:
        n = _NORM_WORDS[word] = _norm(word)
    return n


def find_measures(text: str) -> list[Measure]:
    """Measures whose words occur in ``text``, most specific (longest phrase) first."""
    t = _norm(text)
    hits: dict[str, int] = {}
    for m in CATALOGUE.values():
        for w in m.words:
            if _norm_word(w) in t:
                hits[m.name] = max(hits.get(m.name, 0), len(w))
    return [CATALOGUE[n] for n in sorted(hits, key=lambda n: (-hits[n], n))]


def parts_of(whole: str | Measure) -> list[Measure]:
    """The measures declared as parts of ``whole`` (``part_of``), in catalogue order."""
    name = get_measure(whole).name
    return [m for m in CATALOGUE.values() if m.part_of == name]


def find_part(whole: str | Measure, text: str) -> Measure | None:
    """The part of ``whole`` (or a part of a part) a qualifier in ``text`` names ('those searched were
    Black' -> ``stop_search_black``), or None; the claim's whole is then the part's ``part_of``.  The longest qualifier found wins ('no further action' over
    'action'); words are matched whole, case and punctuation aside."""
    t = _norm(text)
    best: tuple[int, Measure] | None = None
    todo, parts = parts_of(whole), []       # parts, and parts of parts (children within stops with an age)
    while todo:
        parts += todo
        todo = [q for m in todo for q in parts_of(m)]
    for m in parts:
        for q in m.qualifiers:
            if _norm_word(q) in t and (best is None or len(q) > best[0]):
                best = (len(q), m)
    return best[1] if best else None
