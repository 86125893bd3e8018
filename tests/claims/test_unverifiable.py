"""Subjects outside the data: police workforce, calls, response times, courts, and crime kinds the
store has no series for (gun crime, hate crime) are unverifiable — never answered from all crime or
from the crime named in the sentence before.

Expected figures come from the raw files (``raw.py``), never crimestats.
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .raw import mps
from .support import assert_fields, check, claim_with, one


def test_officer_numbers_are_workforce():
    cs = extract_claims("Sadly I’ve got hundreds I need to sort out and who shouldn’t be in the organisation.")
    assert [c.subject for c in cs] == ["workforce"]
    cs = extract_claims("There had been 71 arrests for robbery since November.")
    assert cs[0].subject is None and cs[0].period_text == "since November"


# sentence, as_of, the claim judged (its kind, or words of its text), fields it must have, words its explanation says
JUDGED = [
    ("Gun crime in London fell by 15% in 2023.", "2024-01-25", ("change", None),
     {"verdict": "unverifiable", "measure": None}, "not a series"),
    ("Hate crime offences in Camden rose by 10% in 2023.", "2024-01-25", ("change", None),
     {"verdict": "unverifiable", "measure": None}, "not a series"),
    ("The Met answered 5.6 million calls last year.", "2026-01-20", ("count", None),
     {"verdict": "unverifiable", "found": None}, "calls"),
    ("The force lost 640 detectives in 2025.", "2026-03-19", (None, "640"),
     {"verdict": "unverifiable"}, "workforce"),
]


@pytest.mark.parametrize("sentence, as_of, pick, want, says", JUDGED, ids=[j[0] for j in JUDGED])
def test_subjects_without_a_series_are_unverifiable(real_store, sentence, as_of, pick, want, says):
    """Crime kinds the store has no series for (never all crime), calls, the police workforce."""
    c = one(check(real_store, sentence, as_of), *pick)
    assert_fields(c, want)
    assert says in c.explanation


@pytest.mark.parametrize("sentence, what", [
    ("Police response times in the capital have reached a record high.", "response"),
    ("999 calls rose by a fifth last year.", "calls"),
    ("Court backlogs have doubled since 2019.", "court"),
])
def test_subjects_outside_recorded_crime_are_unverifiable(real_store, sentence, what):
    bur = mps(year=2025, major="BURGLARY")
    text = f"London crime in 2025\n\nBurglary fell to {bur:,} last year.\n\n{sentence}"
    claims = check(real_store, text, "2026-03-19")
    assert claim_with(claims, f"{bur:,}").verdict == "accurate"
    out = [c for c in claims if c.claim.sentence_index == claims[-1].claim.sentence_index]
    assert out and all(c.verdict == "unverifiable" and c.measure is None for c in out)
    assert what in out[0].explanation.lower()


@pytest.mark.parametrize("text,subject", [
    ("Officers now reach emergency calls in the borough within 10 minutes on average.", "calls to the police"),
    ("Police response times in Bexley are now the slowest in London, at over 20 minutes.", "police response times"),
    ("The true number of burglaries is far higher, because many victims never go to the police.",
     "crime never reported to the police"),
    ("The true level of crime in London is at least double what the police record.",
     "crime never reported to the police"),
    ("Detectives say most victims knew their killer.", "the relationship between victim and suspect"),
    ("The council has put up 25 more CCTV cameras on the high street.", "cameras, lighting"),
    ("Metal theft cost the railways £3.4 million last year.", "the money cost of crime"),
    ("Most residents say they feel less safe than they did a decade ago.", "what people say in a survey"),
    ("Traders say thieves on mopeds are targeting their shops within minutes of opening.", "how the offenders travelled"),
    ("Hospital admissions for stab wounds have doubled in the borough.", "hospital admissions"),
    ("Victims of burglary in the villages can wait days for an officer to arrive.", "police response times"),
    ("The average 999 response in Barnet now takes 14 minutes.", "police response times"),
    ("Graffiti costs the council two million pounds a year.", "the money cost of crime"),
    ("Cyber crime costs Londoners £1bn a year.", "the money cost of crime"),
    ("More than 200 people were jailed for knife offences in Lambeth last year.", "crime outcomes"),
    ("Shoplifting costs retailers in Croydon £2 million a year.", "the money cost of crime"),
    ("Most burglaries never even get reported, say residents.", "crime never reported to the police"),
    ("Phone snatching is costing Westminster's businesses £4 million a year.", "the money cost of crime"),
    ("Barely one burglar in twenty caught in Harrow is ever prosecuted.", "crime outcomes"),
    ("Burglars in Ealing get an average sentence of under two years.", "sentence lengths"),
    ("Around 40 drug gangs operate out of Croydon, the council believes.", "gangs and drug lines"),
    ("The Met expects knife crime in Southwark to fall by another 5% this year.", "a forecast"),
    ("At this pace robbery in Camden will pass 3,000 within two years.", "a forecast"),
])
def test_figures_outside_recorded_crime_are_unverifiable_not_dropped(real_store, text, subject):
    c = one(check(real_store, text, "2025-03-10"))
    assert c.verdict == "unverifiable" and subject in c.explanation
    assert "assumed" not in c.explanation      # no crime place or period is guessed for it


@pytest.mark.parametrize("text", [
    "Catalytic converter thefts in Barnet have risen by 60% in two years.",
    "Burglary in Croydon fell 5% in 2023. Traders say moped gangs snatching phones have doubled since.",
    "Knife crime in Lambeth rose in 2023. Calls about domestic abuse rose by a quarter.",
])
def test_a_crime_with_no_series_is_never_judged_on_a_wider_or_earlier_measure(real_store, text):
    c = check(real_store, text, "2024-03-10")[-1]
    assert c.verdict == "unverifiable" and c.measure is None


def test_a_vague_share_of_a_crime_with_no_series_for_its_part_is_unverifiable(real_store):
    c = one(check(real_store, "A large proportion of shoplifting is linked to drug addiction.", "2024-06-20"))
    assert (c.claim.kind, c.verdict) == ("share", "unverifiable")


def test_unreported_crime_leads_with_what_the_data_cannot_check(real_store):
    c = one(check(real_store, "Thousands of crimes in London go unreported every year.", "2024-06-20"))
    assert c.verdict == "unverifiable" and c.explanation.startswith("Police-recorded crime data cannot check this")


# Outcomes (solved, charged) and hearsay: no count of recorded crime answers them, so they are unverifiable with
# the data that would answer them named, never judged on all crime or on the crime named in the sentence.
@pytest.mark.parametrize("text, says", [
    ("Only one shoplifting case in twelve ends with someone being charged.", "outcome data"),
    ("Barely one robbery report in ten ended in a charge in Greenwich last year.", "outcome data"),
    ("The new cameras have helped police solve 250 crimes in Hillingdon.", "outcome data"),
    ("Fewer than 6% of crimes in the borough are ever solved.", "outcome data"),
    ("Barely one theft report in ten ended in a charge in Merton last year.", "outcome data"),
    ("The week of action led to 85 charges.", "outcome data"),
    ("Only 140 car thefts in Enfield were solved in 2025.", "outcome data"),
    ("Half the kids at her school carry a knife.", "survey"),
    ("Most people I know have had a phone snatched.", "survey"),
    ("Three of my neighbours have had their vans broken into.", "survey"),
    ("Nearly everyone on our road has had a parcel stolen.", "survey"),
])
def test_outcomes_and_hearsay_are_unverifiable_with_the_data_that_would_answer_them(real_store, text, says):
    claims = check(real_store, text, "2026-03-15")
    assert claims, text
    for c in claims:
        assert c.verdict == "unverifiable" and c.measure is None, (c.verdict, c.measure, c.explanation)
    assert says in claims[0].explanation and "Police-recorded crime data cannot check this" in claims[0].explanation
    assert "assumed" not in claims[0].explanation     # no crime place or period is guessed for it


def test_an_outcome_after_a_recorded_crime_figure_leaves_the_figure_judged(real_store):
    """The crime figure is still checked; the outcome sentence beside it is not judged on that crime."""
    bur = mps(year=2025, major="BURGLARY")
    text = (f"London crime in 2025\n\nBurglary fell to {bur:,} last year.\n\n"
            "Only one burglary in twenty ends with someone being charged.")
    claims = check(real_store, text, "2026-03-19")
    assert claim_with(claims, f"{bur:,}").verdict == "accurate"
    last = [c for c in claims if c.claim.sentence_index == claims[-1].claim.sentence_index]
    assert last and all(c.verdict == "unverifiable" and c.measure is None for c in last)
    assert "outcome data" in last[0].explanation


@pytest.mark.parametrize("text", [
    "My neighbours are lovely.",                         # no quantity: no claim
    "The school was closed on Monday.",
    "Police help victims of crime across the borough.",
])
def test_outcome_and_hearsay_words_without_a_quantity_are_no_claim(text):
    assert extract_claims(text) == [], text


@pytest.mark.parametrize("second", [
    "By the end of the year, 21 of those cases were still unsolved.",
    "Detectives solved nine in ten of the cases.",
])
def test_solved_homicides_keep_their_own_series(real_store, second):
    """Homicide has an outcome series of its own (unsolved homicides): 'solved' after a text on killings is not
    an outside subject."""
    claims = check(real_store, f"There were 109 homicides in London in 2022. {second}", "2023-06-15")
    assert claims[-1].measure == "unsolved_homicide_victims", claims[-1].explanation


def test_a_topic_named_as_the_cause_does_not_hide_the_crime_compared(real_store):
    from .raw import force_street_count
    cu, dp = force_street_count("cumbria", "Drugs"), force_street_count("dyfed-powys", "Drugs")
    text = "Our work on county lines meant Cumbria recorded more drug offences than Dyfed-Powys in 2022."
    c = one(check(real_store, text, "2023-01-10"), "comparison")
    assert c.measure == "drug_offences" and (c.verdict in ("accurate", "accurate_with_caveat")) == (cu > dp)


@pytest.mark.parametrize("text", ["Most of these knives are bought online by teenagers.",
                                  "Most stolen bikes in Hackney are never recovered.",
                                  "Most burglaries in Barnet happen at night."])
def test_most_of_a_crimes_objects_or_circumstances_is_an_unverifiable_share(real_store, text):
    """'Most of these knives ...': a share of something the open data does not split, never no claim at all."""
    c = one(check(real_store, text, "2026-03-01"), "share")
    assert c.verdict == "unverifiable"


@pytest.mark.parametrize("text", ["Burglary fell in Havering in 2025. Our officers spend a third of their shifts in central London.",
                                  "Officers in Brent spend 40% of their time on paperwork.",
                                  "A quarter of the borough's policing budget goes on overtime."])
def test_a_share_of_officers_time_or_money_is_outside_crime_data(real_store, text):
    """The whole is no count of crime, so the crime of the sentence before is never its measure."""
    c = one(check(real_store, text, "2026-03-01"), "share")
    assert c.verdict == "unverifiable" and c.claim.subject == "non_crime", c.explanation


@pytest.mark.parametrize("text, about", [
    ("Around 2,000 shop workers in Westminster were assaulted at work last year.", "occupation"),
    ("Assaults on bus drivers in Croydon rose by a third last year.", "occupation"),
    ("A van was broken into on our road last night, the fourth on our street this year.", "hearsay"),
])
def test_victims_by_occupation_and_hearsay_are_unverifiable(real_store, text, about):
    """What no police-recorded series holds (who the victim was at work, what happened on one street) is
    unverifiable, the whole sentence taken as the claim, never judged on a crime total."""
    claims = check(real_store, text, "2026-03-01")
    assert claims and all(c.verdict == "unverifiable" for c in claims), [c.explanation for c in claims]
    assert about in claims[0].explanation and claims[0].claim.text.rstrip(".") == text.rstrip(".")


def test_a_forecast_beside_a_recorded_figure_leaves_the_figure_judged(real_store):
    """'fell N% in <year> and is set to fall again': the recorded change is judged, the forecast is not."""
    now, then = mps(year=2024, major="BURGLARY", borough="Bromley"), mps(year=2023, major="BURGLARY", borough="Bromley")
    change = round((now - then) / then * 100)
    claims = check(real_store, f"Burglary in Bromley {'fell' if change < 0 else 'rose'} {abs(change)}% in 2024, and "
                               "the council says it will fall by another 10% this year.", "2025-03-10")
    assert claim_with(claims, f"{abs(change)}%").verdict in ("accurate", "accurate_with_caveat")
    forecast = claim_with(claims, "10%")
    assert forecast.verdict == "unverifiable" and "a forecast" in forecast.explanation


@pytest.mark.parametrize("text, key", [
    ("Robbery in Harrow fell last year, and the average response to an emergency call in Harrow now takes 13 minutes.",
     "takes 13 minutes"),
    ("Our 80 new cameras helped officers make more than 200 arrests, and response times to emergency calls improved "
     "to under 10 minutes.", "under 10 minutes"),
    ("Teams in Ealing have lost a quarter of their officers since 2021, and only one robbery in fifteen ends with "
     "someone charged.", "one robbery in fifteen"),
    ("Burglary rose in Enfield last year, and PCSO patrol hours in our ward have been cut by a third.", "patrol hours"),
    ("Residents in Sutton now wait an average of 16 minutes for an emergency response.", "16 minutes"),
])
def test_an_outside_subject_beside_another_claim_is_unverifiable_on_its_own(real_store, text, key):
    """Response times, patrols, charge rates in a clause of their own, next to a crime figure: not dropped, and
    never judged on the crime beside them."""
    c = claim_with(check(real_store, text, "2026-03-20"), key)
    assert c.verdict == "unverifiable" and c.measure is None, c.explanation


def test_a_share_of_the_workforce_is_never_a_share_of_crime(real_store):
    c = claim_with(check(real_store, "Burglary rose in Barnet, and the borough has lost a third of its officers "
                                     "since 2022.", "2026-03-20"), "a third")
    assert c.verdict == "unverifiable" and c.claim.subject == "non_crime", c.explanation


@pytest.mark.parametrize("text", ["Drink-driving arrests in London rose by 15% in 2025.",
                                  "Arrests of protesters fell by a third last year.",
                                  "Speeding arrests doubled in 2025."])
def test_arrests_for_offences_the_custody_file_does_not_split_are_unverifiable(real_store, text):
    """Never answered with all arrests: the custody groups have no motoring or protest group."""
    c = [k for k in check(real_store, text, "2026-03-20") if k.claim.kind in ("change", "ratio")][0]
    assert c.verdict == "unverifiable" and c.measure is None, c.explanation


@pytest.mark.parametrize("text, key", [
    ("Knife crime fell, and our Violence Reduction Unit has now worked with more than 150,000 young people.",
     "150,000"),
    ("Police said 92% of burglary victims in Ealing were visited within 48 hours.", "92%"),
])
def test_programme_reach_and_attendance_times_are_outside_crime_data(real_store, text, key):
    c = claim_with(check(real_store, text, "2026-03-20"), key)
    assert c.verdict == "unverifiable", c.explanation


@pytest.mark.parametrize("text", [
    "This government has put 20,000 more police on our streets.",
    "The borough now has 150 extra officers compared with two years ago.",
    "Ministers say 3,000 more bobbies are on the beat in the capital.",
])
def test_more_officers_on_the_streets_is_a_workforce_figure_the_data_does_not_hold(real_store, text):
    c = one(check(real_store, text, "2026-02-01"), "count")
    assert c.verdict == "unverifiable" and "workforce" in c.explanation, c.explanation


@pytest.mark.parametrize("text, key", [
    ("Police now take an average of 70 minutes to attend a robbery in Enfield.", "70 minutes"),
    ("Only one stolen bike in ten is ever recovered in Islington.", "one stolen bike in ten"),
    ("Nearly half the burglars in Bromley are repeat offenders.", "Nearly half"),
    ("More than 20 million tourists a year pass through Westminster.", "20 million"),
    ("Calls to the victims' helpline rose by a third over Christmas.", "a third"),
    ("Officers issued more than 5,000 fixed penalty notices for drinking in public.", "5,000"),
    ("Robbery fell in 2019, while the average minimum term for robbery rose to 4 years.", "average minimum term"),
])
def test_subjects_a_crime_count_cannot_answer_are_unverifiable(real_store, text, key):
    """Attendance times, recovery, repeat offending, visitors, helpline calls, fines and sentences: a crime may be
    named, but no recorded count answers them."""
    c = claim_with(check(real_store, text, "2024-06-01"), key)
    assert c.verdict == "unverifiable" and c.measure is None, c.explanation


def test_stolen_dogs_recovered_are_still_the_stolen_animals_series(real_store):
    c = claim_with(check(real_store, "Only 59 of the stolen dogs were recovered in 2021.", "2022-06-01"), "59")
    assert c.measure == "stolen_dogs_recovered", c.explanation


@pytest.mark.parametrize("text, figure, cause", [
    ("Burglary in Harrow fell by a fifth in 2024, which the council puts down to its new wardens.",
     "a fifth", "which the council puts down"),
    ("Robbery in Lambeth rose by 10% in 2023 because of cuts to youth services.", "10%", "because of"),
    ("Shoplifting in Ealing fell in 2024 as the police stepped up patrols.", "fell", "as the police stepped up"),
    ("Reported sexual offences in Brent rose by 9% in 2024, which we think partly reflects more victims coming forward.",
     "9%", "which we think partly reflects"),
])
def test_a_cause_credited_beside_a_figure_is_unverifiable_and_the_figure_is_still_checked(real_store, text, figure, cause):
    got = check(real_store, text, "2025-03-01")
    causes = [k for k in got if k.claim.subject == "cause"]
    assert len(causes) == 1 and causes[0].claim.text.startswith(cause), [k.claim.text for k in got]
    assert causes[0].verdict == "unverifiable", causes[0].explanation
    fig = [k for k in got if k.claim.subject != "cause" and figure in k.claim.text]
    assert fig and fig[0].verdict != "unverifiable", [k.explanation for k in fig]


@pytest.mark.parametrize("text, key", [
    ("Assaults on bus drivers in Ealing rose by 30% last year.", "30%"),
    ("A poll of 800 people found that 60% of residents in Barnet feel safe after dark.", "60%"),
    ("A poll of 800 people found that 60% of residents in Barnet feel safe after dark.", "800"),
    ("Robberies in Brent reached a record in 2023, and we know most victims never come forward.", "never come forward"),
    ("Only about one stolen phone in ten ever makes it back to its owner.", "back to its owner"),
    ("Police in Camden recorded 900 shoplifting offences in 2023, most of them by organised gangs.", "organised gangs"),
])
def test_victims_occupations_surveys_unreported_crime_and_recovery_are_unverifiable(real_store, text, key):
    """The open data has no victim's occupation, no survey answers, no crime that never reached the police, no stolen
    property returned and no offender's gang: the figure said of them is unverifiable, whatever crime is named."""
    c = claim_with(check(real_store, text, "2024-03-01"), key)
    assert c.verdict == "unverifiable", c.explanation


def test_a_cause_in_the_passive_is_its_own_unverifiable_claim(real_store):
    got = check(real_store, "Weapon possession offences in Hackney rose in 2023 as stop and search was expanded.", "2024-03-01")
    cause = next(c for c in got if c.claim.subject == "cause")
    assert "was expanded" in (cause.claim.claimed_text or "") and cause.verdict == "unverifiable"
    assert any(c.claim.kind == "direction" and c.verdict != "unverifiable" for c in got)


@pytest.mark.parametrize(("text", "said"), [
    ("Weapon offences rose by 12% in 2025 because our officers are out there finding them.", "because our"),
    ("Drug trafficking offences have doubled since 2021, driven by police activity rather than more dealing.",
     "driven by police activity rather than"),
    ("Knife crime in Brent rose last year as gangs fought over territory.", "as gangs fought"),
])
def test_a_reason_given_for_a_figure_is_a_claim_of_its_own(text, said):
    """The figure is checked on its own; the reason is unverifiable (recorded figures say what changed, not why)."""
    causes = [c for c in extract_claims(text) if c.subject == "cause"]
    assert causes and causes[0].claimed_text.startswith(said), [(c.kind, c.subject, c.claimed_text) for c in extract_claims(text)]


def test_a_share_of_those_crimes_by_an_item_the_data_does_not_split_is_unverifiable(real_store):
    text = ("Theft from the person in Lambeth reached 5,000 in 2025. Police say around seven in ten of those thefts "
            "involved a mobile phone.")
    c = claim_with(check(real_store, text, "2026-03-20"), "seven in ten")
    assert c.verdict == "unverifiable" and c.measure == "theft_from_person", c.explanation


def test_stolen_property_recovered_by_the_police_is_unverifiable(real_store):
    c = one(check(real_store, "The Met says it has recovered more than 2,000 stolen handsets since the summer.",
                  "2026-03-20"), "count")
    assert c.verdict == "unverifiable", c.explanation
