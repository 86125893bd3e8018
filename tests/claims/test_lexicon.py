"""The claim checker's one vocabulary (``crimestats.claims._lexicon``).

What is asked: every stage reads its crime words, numbers, months and static places from the lexicon,
which is generated from the measure catalogue; a crime word the catalogue holds is a figure's noun
('Pickpocketing hit 1,200 ...'); adding a synonym to the catalogue is enough for it to be extracted,
resolved and judged.  Expected figures come from the raw Met files (pyarrow), not from the tool.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import pyarrow.parquet as pq
import pytest

from conftest import need
from crimestats import check_text
from crimestats.claims import _lexicon as lex
from crimestats.claims.extract._extract import extract_claims
from crimestats.measures._catalogue import CATALOGUE

CLAIMS_SRC = Path(lex.__file__).resolve().parent


# ------------------------------------------------------------------------------- raw answers
@lru_cache(maxsize=1)
def _camden_2023() -> dict[tuple[str, str], int]:
    """(MAJOR, MINOR) -> Camden offences in 2023, from the Met's borough files (historical + current)."""
    out: dict[tuple[str, str], int] = {}
    for f in ("recorded-crime-borough-historical", "recorded-crime-borough"):
        for r in pq.read_table(need(f"met-london-datastore-parquet/{f}.parquet")).to_pylist():
            if r["boroughname"] != "Camden":
                continue
            key = ((r["majortext"] or "").upper(), (r["minortext"] or "").upper())
            for k, v in r.items():
                if k.isdigit() and k.startswith("2023") and v is not None:
                    out[key] = out.get(key, 0) + int(v)
    return out


def _claims(store, text: str) -> list[dict]:
    return check_text(store, text=text, as_of="2024-06-01").as_dict()["claims"]


def _one(claims: list[dict], kind: str) -> dict:
    found = [c for c in claims if c["kind"] == kind]
    assert len(found) == 1, claims
    return found[0]


# ------------------------------------------------------------------------------- the tables
def test_months_come_from_calendar():
    assert lex.MONTHS[0] == "january" and lex.MONTHS[11] == "december"
    assert lex.month_number("February") == 2 and lex.month_number("Sept.") == 9 and lex.month_number("may") == 5
    assert lex.month_number("Monday") is None
    alt = re.compile(rf"^(?:{lex.month_alternation()})$", re.I)
    assert all(alt.match(m) for m in ("March", "mar", "SEPT", "sep", "december"))
    assert not alt.match("Marc")


@pytest.mark.parametrize("word, value", [("nine", 9), ("twenty-five", 25), ("an", 1), ("third", 3),
                                         ("hundred", 100), ("12", 12), ("dozen", None), ("ninety-ten", None)])
def test_number_words(word, value):
    assert lex.number_value(word) == value


def test_fraction_words_read_the_one_table():
    # 'fell by a third' is a ratio of 2/3, 'two-thirds of' a share of 66.7%
    [c] = [c for c in extract_claims("Burglary fell by a third in Camden in 2023.") if c.kind == "ratio"]
    assert c.value == pytest.approx(1 - lex.FRACTIONS["a third"])
    [s] = [c for c in extract_claims("Two-thirds of the burglaries in Camden were at night.") if c.kind == "share"]
    assert s.value == pytest.approx(100 * lex.FRACTIONS["two-thirds"])


def test_every_catalogue_word_is_a_crime_word_of_its_measure():
    for m in CATALOGUE.values():
        for w in m.words:
            key = re.sub(r"[^a-z0-9]+", " ", w.lower().replace("-", " ")).strip()
            assert key in lex.LEXICON.measure_words, w      # first measure in catalogue order owns a shared word
    assert lex.LEXICON.measure_words["pickpocketing"] == "theft_from_person"
    assert lex.LEXICON.measure_words["vandalism"] == "arson_criminal_damage"
    assert lex.LEXICON.crime_nouns.search("1,200 pickpocketings") is not None


def test_no_stage_keeps_a_word_list_of_its_own():
    """Month names, number words, fractions and the force/city lists are written only in the lexicon."""
    lists = re.compile(r"january\|february|\"january\"|jan\|feb|\"twice\":|\"a third\":|two\|three\|four|"
                       r"\"Greater Manchester\"|\"Birmingham\"|robber\(\?:y\|ies\)", re.I)
    offenders = [str(p.relative_to(CLAIMS_SRC)) for p in CLAIMS_SRC.rglob("*.py")
                 if p.name != "_lexicon.py" and lists.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


# ------------------------------------------------------------------------------- extraction
def test_a_catalogue_word_makes_a_figure_a_count():
    """Before the lexicon 'pickpocketing' was no figure noun: the sentence gave no claim at all."""
    for text in ("Pickpocketing hit 1,200 in Camden in 2023.", "There were 1,200 pickpocketings in Camden in 2023."):
        [c] = extract_claims(text)
        assert (c.kind, c.value, c.claimed_text) == ("count", 1200.0, "1,200")
    kinds = sorted(c.kind for c in extract_claims("Vandalism rose to 1,200 in Camden in 2023."))
    assert kinds == ["count", "direction"]      # the count was lost before
    kinds = sorted(c.kind for c in extract_claims("Shoplifting fell 20% to 1,440."))
    assert kinds == ["change", "count"]


# ------------------------------------------------------------------------------- end to end
def test_pickpocketing_and_vandalism_counts_are_judged(real_store):
    raw = _camden_2023()
    pick = raw[("THEFT", "THEFT FROM THE PERSON")]
    damage = raw[("ARSON AND CRIMINAL DAMAGE", "ARSON")] + raw[("ARSON AND CRIMINAL DAMAGE", "CRIMINAL DAMAGE")]
    c = _one(_claims(real_store, f"Pickpocketing hit {pick:,} in Camden in 2023."), "count")
    assert (c["measure"], c["area"], c["period"], c["found"], c["verdict"]) == \
        ("theft_from_person", "Camden", "2023", pick, "accurate")
    c = _one(_claims(real_store, "Pickpocketing hit 1,200 in Camden in 2023."), "count")
    assert c["found"] == pick and c["verdict"] == "inaccurate"
    c = _one(_claims(real_store, f"Vandalism rose to {damage:,} in Camden in 2023."), "count")
    assert (c["measure"], c["area"], c["period"], c["found"], c["verdict"]) == \
        ("arson_criminal_damage", "Camden", "2023", damage, "accurate")


def test_recovered_stolen_dogs_are_the_recovered_part(real_store):
    """'Only N of the stolen dogs were recovered': the catalogue's recovered part, not all stolen dogs
    (the figure is a count now that 'stolen dogs' is a figure noun)."""
    t = pq.read_table(need("met-london-datastore-parquet/stolen-animals.parquet")).to_pylist()
    back = sum(r["count_of_stolen_animals"] for r in t if (r["type_of_animal"] or "").strip().lower() == "dog"
               and r["year_and_month"].endswith("2021") and r["animal_recovered"] == "Recovered")
    text = f"Dog thefts in London rose in 2021.\n\nOnly {back} of the stolen dogs were recovered."
    c = [c for c in check_text(real_store, text=text, as_of="2022-02-10").as_dict()["claims"]
         if c["kind"] == "count"][0]
    assert (c["measure"], c["found"], c["verdict"]) == ("stolen_dogs_recovered", back, "accurate")


def test_a_synonym_added_to_the_catalogue_is_extracted_resolved_and_judged(real_store):
    """One line in one place: a word added to a measure's catalogue words reaches every stage."""
    pick = _camden_2023()[("THEFT", "THEFT FROM THE PERSON")]
    text = f"Dipping hit {pick:,} in Camden in 2023."
    assert _claims(real_store, text) == []          # not a crime word today
    tfp = CATALOGUE["theft_from_person"]
    test_catalogue = MappingProxyType({**CATALOGUE, tfp.name: dataclasses.replace(tfp, words=tfp.words + ("dipping",))})
    with lex.use_catalogue(test_catalogue):
        assert lex.LEXICON.measure_words["dipping"] == "theft_from_person"
        for sentence in (text, f"Police recorded {pick:,} dippings in Camden in 2023."):
            c = _one(_claims(real_store, sentence), "count")
            assert (c["measure"], c["area"], c["period"], c["found"], c["verdict"]) == \
                ("theft_from_person", "Camden", "2023", pick, "accurate"), sentence
    assert _claims(real_store, text) == []          # the lexicon is restored after the block
    assert "dipping" not in lex.LEXICON.measure_words


@pytest.mark.parametrize("text,measure", [
    ("residential burglaries", "residential_burglary"),
    ("business robberies", "business_robbery"),
    ("home burglaries", "burglary_home"),      # the Met's burglary of a home (resolve falls back before it)
])
def test_a_phrase_ending_in_y_is_read_in_the_plural(text, measure):
    assert lex.LEXICON.find_measures(text)[0].name == measure
    assert lex.LEXICON.measure_words_re.search(f"The {text} rose") is not None


@pytest.mark.parametrize("phrase,measure", [
    ("a violent offence", "violence_against_the_person"),
    ("one street robbery", "personal_robbery"),
    ("a stolen bike", "bicycle_theft"),
])
def test_a_plural_phrase_is_also_read_in_the_singular(phrase, measure):
    hit = lex.LEXICON.measure_words_re.search(phrase)
    assert hit is not None and lex.LEXICON.measure_for(hit.group(0)) == measure
    assert measure in [m.name for m in lex.LEXICON.find_measures(phrase)]
