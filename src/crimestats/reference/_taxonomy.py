"""The canonical offence taxonomy: one key per offence group, and every source label mapped to one.

Sources name the same offence differently ("Robbery of Personal Property", "ROBBERY OF PERSONAL
PROPERTY", police.uk's "Robbery").  Every stored count keeps the source's label verbatim beside
the canonical ``offence_key`` found here.  Keys form a tree (``parent``), so "robbery" includes
"personal_robbery" and "business_robbery".  A label maps to the *finest* key it can: police.uk's
"Robbery" can only be ``robbery`` (it does not split personal from business).

Labels are matched after normalising case, punctuation and spacing, so a new upper-case scheme or
stray whitespace still maps.  Unknown labels map to ``None`` and are reported at ingest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OffenceKey", "OFFENCE_KEYS", "offence_key", "descendants", "normalise_label", "ancestors"]


@dataclass(frozen=True)
class OffenceKey:
    key: str
    label: str
    parent: str | None
    note: str = ""


_KEYS = [
    OffenceKey("all_crime", "All recorded crime", None,
               "Total notifiable offences; police.uk 'all crime' also includes anti-social behaviour unless excluded"),
    OffenceKey("violence_against_the_person", "Violence against the person", "all_crime"),
    OffenceKey("homicide", "Homicide", "violence_against_the_person",
               "Murder, manslaughter, corporate manslaughter and infanticide (HOCR class 1)"),
    OffenceKey("violence_with_injury", "Violence with injury", "violence_against_the_person"),
    OffenceKey("violence_without_injury", "Violence without injury", "violence_against_the_person"),
    OffenceKey("stalking_harassment", "Stalking and harassment", "violence_against_the_person"),
    OffenceKey("death_injury_driving", "Death or serious injury by unlawful driving", "violence_against_the_person"),
    OffenceKey("sexual_offences", "Sexual offences", "all_crime"),
    OffenceKey("rape", "Rape", "sexual_offences"),
    OffenceKey("other_sexual_offences", "Other sexual offences", "sexual_offences"),
    OffenceKey("robbery", "Robbery", "all_crime"),
    OffenceKey("personal_robbery", "Robbery of personal property", "robbery", "What newspapers call 'mugging'"),
    OffenceKey("business_robbery", "Robbery of business property", "robbery"),
    OffenceKey("burglary", "Burglary", "all_crime"),
    OffenceKey("residential_burglary", "Residential (domestic) burglary", "burglary",
               "MPS renamed 'Domestic Burglary' to residential burglary (home and unconnected buildings) in 2017"),
    OffenceKey("burglary_home", "Residential burglary of a home", "residential_burglary"),
    OffenceKey("burglary_unconnected", "Residential burglary of an unconnected building", "residential_burglary"),
    OffenceKey("business_burglary", "Burglary business and community", "burglary"),
    OffenceKey("theft", "Theft", "all_crime"),
    OffenceKey("theft_from_person", "Theft from the person", "theft"),
    OffenceKey("bicycle_theft", "Bicycle theft", "theft"),
    OffenceKey("shoplifting", "Shoplifting", "theft"),
    OffenceKey("other_theft", "Other theft", "theft"),
    OffenceKey("vehicle_offences", "Vehicle offences", "all_crime"),
    OffenceKey("theft_from_vehicle", "Theft from a motor vehicle", "vehicle_offences"),
    OffenceKey("theft_of_vehicle", "Theft or unauthorised taking of a motor vehicle", "vehicle_offences"),
    OffenceKey("vehicle_interference", "Interfering with a motor vehicle", "vehicle_offences"),
    OffenceKey("aggravated_vehicle_taking", "Aggravated vehicle taking", "vehicle_offences"),
    OffenceKey("arson_criminal_damage", "Arson and criminal damage", "all_crime"),
    OffenceKey("arson", "Arson", "arson_criminal_damage"),
    OffenceKey("criminal_damage", "Criminal damage", "arson_criminal_damage"),
    OffenceKey("drug_offences", "Drug offences", "all_crime"),
    OffenceKey("drug_trafficking", "Trafficking of drugs", "drug_offences"),
    OffenceKey("drug_possession", "Possession of drugs", "drug_offences"),
    OffenceKey("possession_of_weapons", "Possession of weapons", "all_crime"),
    OffenceKey("public_order", "Public order offences", "all_crime"),
    OffenceKey("misc_crimes_against_society", "Miscellaneous crimes against society", "all_crime"),
    OffenceKey("fraud_forgery", "Fraud and forgery (police-recorded, historical)", "all_crime",
               "Fraud is recorded nationally by Action Fraud/NFIB since 2013-14; local counts are partial"),
    OffenceKey("nfib_fraud", "NFIB fraud", "all_crime"),
    OffenceKey("anti_social_behaviour", "Anti-social behaviour", None,
               "Incidents, not notifiable crimes: outside all_crime"),
    OffenceKey("violence_and_sexual_offences", "Violence and sexual offences (police.uk)", "all_crime",
               "police.uk groups violence against the person and sexual offences together"),
    OffenceKey("other_crime", "Other crime (police.uk)", "all_crime"),
    # --- MPS dashboard flags (met_dashboards) -------------------------------------------------
    # Knife crime and VAWG are *flags* that cut across offence groups, and the MPS dashboard
    # stores totals beside their subsets (knife crime AND knife crime with injury), so these keys
    # have no parent: they must never be summed with each other or rolled into all_crime.
    OffenceKey("knife_crime", "Knife crime (MPS: offences where a knife or sharp instrument was used or threatened)",
               None, "MPS dashboard 'Knife Crime'; includes knife crime with injury"),
    OffenceKey("knife_crime_with_injury", "Knife crime with injury", None,
               "Subset of knife_crime; do not add to it"),
    OffenceKey("knife_crime_with_injury_robbery", "Knife crime with injury (personal robbery)", None,
               "Subset of knife_crime_with_injury"),
    OffenceKey("knife_injury_victims_u25", "Knife injury victims aged 1-24", None,
               "A count of victims, not offences (MPS 'Knife Injury Victims (1-24)')"),
    OffenceKey("knife_injury_victims_u25_non_da", "Knife injury victims aged 1-24, not domestic abuse", None,
               "Subset of knife_injury_victims_u25 (MPS 'Knife Injury Victims (non DA 1-24)')"),
    OffenceKey("vawg", "Violence against women and girls (MPS flagged offences)", None,
               "MPS VAWG dashboard; its totals include flagged offences the MPS classes as outside VAWG"),
]

OFFENCE_KEYS: dict[str, OffenceKey] = {k.key: k for k in _KEYS}


def normalise_label(label: str | None) -> str:
    """Lower case, '&' as 'and', punctuation dropped, single spaces."""
    if label is None:
        return ""
    t = label.lower().replace("&", " and ")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


# (major label, minor label or '*') -> key.  Labels as normalised by normalise_label.
_MPS = {
    ("arson and criminal damage", "arson"): "arson",
    ("arson and criminal damage", "criminal damage"): "criminal_damage",
    ("burglary", "burglary business and community"): "business_burglary",
    ("burglary", "domestic burglary"): "residential_burglary",
    ("burglary", "burglary residential"): "residential_burglary",
    ("burglary", "res burglary of a home"): "burglary_home",
    ("burglary", "res burglary of unconnected building"): "burglary_unconnected",
    ("drug offences", "drug trafficking"): "drug_trafficking",
    ("drug offences", "trafficking of drugs"): "drug_trafficking",
    ("drug offences", "possession of drugs"): "drug_possession",
    ("historical fraud and forgery", "*"): "fraud_forgery",
    ("fraud and forgery", "*"): "fraud_forgery",
    ("nfib fraud", "*"): "nfib_fraud",
    ("miscellaneous crimes against society", "*"): "misc_crimes_against_society",
    ("possession of weapons", "*"): "possession_of_weapons",
    ("public order offences", "*"): "public_order",
    ("robbery", "robbery of business property"): "business_robbery",
    ("robbery", "robbery of personal property"): "personal_robbery",
    ("sexual offences", "rape"): "rape",
    ("sexual offences", "other sexual offences"): "other_sexual_offences",
    ("theft", "bicycle theft"): "bicycle_theft",
    ("theft", "other theft"): "other_theft",
    ("theft", "shoplifting"): "shoplifting",
    ("theft", "theft from person"): "theft_from_person",
    ("theft", "theft from the person"): "theft_from_person",
    ("vehicle offences", "aggravated vehicle taking"): "aggravated_vehicle_taking",
    ("vehicle offences", "interfering with a motor vehicle"): "vehicle_interference",
    ("vehicle offences", "theft from a motor vehicle"): "theft_from_vehicle",
    ("vehicle offences", "theft from a vehicle"): "theft_from_vehicle",
    ("vehicle offences", "theft or taking of a motor vehicle"): "theft_of_vehicle",
    ("vehicle offences", "theft or unauth taking of a motor veh"): "theft_of_vehicle",
    ("violence against the person", "homicide"): "homicide",
    ("violence against the person", "violence with injury"): "violence_with_injury",
    ("violence against the person", "violence without injury"): "violence_without_injury",
    ("violence against the person", "stalking and harassment"): "stalking_harassment",
    ("violence against the person", "death serious injury illegal driving"): "death_injury_driving",
    # a major category with no minor (third-party aggregates such as LSOA x year totals)
    ("arson and criminal damage", ""): "arson_criminal_damage",
    ("burglary", ""): "burglary",
    ("drug offences", ""): "drug_offences",
    ("robbery", ""): "robbery",
    ("sexual offences", ""): "sexual_offences",
    ("theft", ""): "theft",
    ("vehicle offences", ""): "vehicle_offences",
    ("violence against the person", ""): "violence_against_the_person",
}

# police.uk 'Crime type' labels (street files), including retired ones.
_POLICE_UK = {
    "anti social behaviour": "anti_social_behaviour",
    "bicycle theft": "bicycle_theft",
    "burglary": "burglary",
    "criminal damage and arson": "arson_criminal_damage",
    "drugs": "drug_offences",
    "other crime": "other_crime",
    "other theft": "other_theft",
    "possession of weapons": "possession_of_weapons",
    "public order": "public_order",
    "public disorder and weapons": "public_order",
    "robbery": "robbery",
    "shoplifting": "shoplifting",
    "theft from the person": "theft_from_person",
    "vehicle crime": "vehicle_offences",
    "violence and sexual offences": "violence_and_sexual_offences",
    "violent crime": "violence_and_sexual_offences",
}


def offence_key(scheme: str, major: str | None, minor: str | None = None) -> str | None:
    """Canonical key for a source label.  ``scheme`` is 'mps' or 'police_uk'."""
    ma, mi = normalise_label(major), normalise_label(minor)
    if scheme == "police_uk":
        return _POLICE_UK.get(ma)
    if scheme == "mps":
        return _MPS.get((ma, mi)) or _MPS.get((ma, "*"))
    raise ValueError(f"unknown label scheme {scheme!r}; use 'mps' or 'police_uk'")


def descendants(key: str) -> set[str]:
    """``key`` and every key below it in the tree."""
    out = {key}
    changed = True
    while changed:
        changed = False
        for k in OFFENCE_KEYS.values():
            if k.parent in out and k.key not in out:
                out.add(k.key)
                changed = True
    return out


def ancestors(key: str) -> list[str]:
    """``key``'s parents, nearest first."""
    out = []
    cur = OFFENCE_KEYS[key].parent if key in OFFENCE_KEYS else None
    while cur:
        out.append(cur)
        cur = OFFENCE_KEYS[cur].parent
    return out


def mps_label_pairs() -> list[tuple[str, str, str]]:
    """(major, minor, key) for the documented MPS label table, for docs and tests."""
    return [(a, b, k) for (a, b), k in _MPS.items()]


def police_uk_labels() -> list[tuple[str, str]]:
    return list(_POLICE_UK.items())
