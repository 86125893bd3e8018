"""The measure catalogue: names, words, sources, and clear errors for unknown measures."""

from __future__ import annotations

import pytest

from crimestats import CATALOGUE, OFFENCE_KEYS, UnknownMeasureError, find_measures, get_measure, ratio_words
from crimestats.facts._compute import share_words


def test_every_offence_key_is_a_measure():
    for key in OFFENCE_KEYS:
        assert key in CATALOGUE, key


@pytest.mark.parametrize("name", ["homicide", "homicide_victims", "knife_homicide_victims",
                                  "gun_homicide_victims", "teenage_homicide_victims", "knife_crime",
                                  "arrests", "stop_search", "anti_social_behaviour", "homicide_rate",
                                  "personal_robbery", "business_robbery", "burglary",
                                  "violence_with_injury", "violence_without_injury"])
def test_required_measures_are_declared_with_definition_and_unit(name):
    m = get_measure(name)
    assert m.definition and m.unit and m.label
    assert m.sources or m.kind == "rate"


def test_method_measures_filter_on_the_method_of_killing_and_say_so():
    knife = get_measure("knife_homicide_victims")
    assert knife.sources[0].filters["method"] == "Knife or Sharp Implement"
    assert any("knife-enabled" in c for c in knife.caveats)
    assert get_measure("gun_homicide_victims").sources[0].filters["method"] == "Shooting"
    assert any("13-19" in c for c in get_measure("teenage_homicide_victims").caveats)


def test_robbery_includes_its_sub_keys():
    keys = get_measure("robbery").sources[0].offence_keys
    assert {"robbery", "personal_robbery", "business_robbery"} <= set(keys)
    assert "anti_social_behaviour" not in get_measure("all_crime").sources[0].offence_keys


@pytest.mark.parametrize("text,name", [
    ("muggings rose in Ilford", "personal_robbery"),
    ("stabbings fell last year", "knife_homicide_victims"),
    ("nine homicides were gun enabled", "gun_homicide_victims"),
    ("the number of teenage killings halved", "teenage_homicide_victims"),
    ("71 arrests for robbery since November", "robbery_arrests"),
    ("homicides fell by 17%", "homicide"),
])
def test_words_people_use_find_the_measure(text, name):
    assert find_measures(text)[0].name == name


def test_unknown_measure_suggests_close_names():
    with pytest.raises(UnknownMeasureError) as e:
        get_measure("homicde")
    assert "homicide" in str(e.value) and "Did you mean" in str(e.value)


@pytest.mark.parametrize("ratio,word", [(0.5, "halved"), (0.52, "halved"), (2.0, "doubled"),
                                        (2 / 3, "fell by a third"), (1.0, "was unchanged"),
                                        (0.6, None), (3.05, "tripled")])
def test_ratio_words(ratio, word):
    assert ratio_words(ratio) == word


def test_share_words():
    assert share_words(0.36) is None
    assert share_words(0.34) == "a third"
    assert share_words(0.5) == "half"
