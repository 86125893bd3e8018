"""Sources by the names people know them: 'Met recorded crime by borough (London Datastore)',
not ``mps_recorded_crime``.  The keys stay in JSON, ``--explain`` and the SQL; text for people
(check reports, maps, the sources summary) uses these names.
"""

from __future__ import annotations

__all__ = ["SOURCE_NAMES", "source_name", "BOUNDARY_ATTRIBUTION"]

# Every map drawn from ONS / OS boundaries carries this (the Open Government Licence's terms).
BOUNDARY_ATTRIBUTION = ("Boundaries: ONS, Contains OS data © Crown copyright and database right; "
                        "contains National Statistics data © Crown copyright and database right")

SOURCE_NAMES: dict[str, str] = {
    "mps_recorded_crime": "Met Police recorded crime by borough and ward (London Datastore)",
    "mps_recorded_crime_lsoa_annual": "Met Police recorded crime by LSOA, yearly (London Datastore)",
    "mps_recorded_crime_lsoa_annual_robbery": "Met Police robbery by LSOA, yearly (London Datastore)",
    "mps_recorded_crime_lsoa_annual_violence": "Met Police violence by LSOA, yearly (London Datastore)",
    "mps_recorded_crime_lsoa_annual_weapons": "Met Police weapon offences by LSOA, yearly (London Datastore)",
    "met_homicide_victims": "Met Police homicide victims (London Datastore)",
    "met_homicide_accused": "Met Police homicide accused (London Datastore)",
    "met_crime_dashboard": "Met Police crime dashboard (London Datastore)",
    "met_custody": "Met Police custody arrests (London Datastore)",
    "met_knife_crime_derived": "Met knife crime, derived monthly series",
    "met_vawg": "Met Police violence against women and girls (London Datastore)",
    "met_vawg_offences": "Met Police violence against women and girls: offences",
    "met_vawg_offences_by_offence": "Met Police violence against women and girls: offences by type",
    "met_vawg_victims": "Met Police violence against women and girls: victims",
    "met_vawg_victims_by_age": "Met Police violence against women and girls: victims by age",
    "met_vawg_victims_by_ethnicity": "Met Police violence against women and girls: victims by ethnicity",
    "met_thorough_searches": "Met Police strip searches (London Datastore)",
    "met_stolen_animals": "Met Police stolen animals (London Datastore)",
    "police_uk_street": "data.police.uk street-level crime",
    "police_uk_outcomes": "data.police.uk outcomes",
    "police_uk_stop_search": "data.police.uk stop and search",
    "ons_knife_crime": "ONS knife crime by police force (Home Office data)",
    "ons_knife_crime_rate": "ONS knife crime rates by police force (Home Office data)",
    "ons_mye": "ONS mid-year population estimates",
    "ons_mye_la": "ONS mid-year population estimates, local authorities",
    "ons_mye_pfa": "ONS mid-year population estimates, police force areas",
    "ons_mye_regions": "ONS mid-year population estimates, regions",
    "ons_sape_lsoa": "ONS small-area population estimates (LSOA)",
    "gla_housing_density_borough": "GLA population projections by borough (London Datastore)",
    "gla_ward_population": "GLA population projections by ward (London Datastore)",
    "home_office_pfa_population": "Home Office police force area populations",
    "owid_unodc_homicide_rate": "UNODC homicide rates (via Our World in Data)",
    "owid_ihme_homicide_rate": "IHME homicide rates (via Our World in Data)",
    "owid_homicide_rate": "homicide rates (via Our World in Data)",
    "nyc_homicides": "New York City homicides",
    "boundaries": "ONS / GLA boundaries",
    "ons_lad_csp_pfa_lookup": "ONS local authority to police force lookup",
    "ons_lad_names": "ONS local authority names",
}


def source_name(key: str | None) -> str:
    """The name people know a source by; an unknown key is shown in words (underscores as spaces)."""
    if not key:
        return "unknown source"
    return SOURCE_NAMES.get(key) or key.replace("_", " ")
