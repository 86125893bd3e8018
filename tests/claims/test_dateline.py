"""The publication date read from an article's own dateline when no as-of date is given."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crimestats.claims import check_text

from ._internals import find_dateline, publication_date
from .raw import london_homicides_2023_11


@pytest.mark.parametrize("text,want", [
    ("Knife crime falls\nPublished 6 January 2023\nBody text.", date(2023, 1, 6)),
    ("Friday, January 6th, 2023 09:14 GMT\nBody.", date(2023, 1, 6)),
    ("Headline\nBy Jo Bloggs, 14 Sept 2024\nBody.", date(2024, 9, 14)),
    ("Headline\n2025-03-02\nBody.", date(2025, 3, 2)),
    ("Body text here.\nMore.\nUpdated: 02/03/2025", date(2025, 3, 2)),     # UK day/month order
])
def test_datelines_are_read(text, want):
    assert find_dateline(text).day == want


@pytest.mark.parametrize("text", [
    "On 6 January 2023 the Metropolitan Police said that ten people had died in the year before.",
    "Crime in 2023\nThe Met recorded 90,000 thefts.",
    "Headline\n31 February 2023\n",          # not a date
])
def test_dates_inside_sentences_or_impossible_are_not_datelines(text):
    assert find_dateline(text) is None


def test_given_date_wins_and_today_is_the_last_resort():
    text = "Headline\nPublished 6 January 2023\nBody."
    assert publication_date(text=text, as_of="2024-05-01") == (date(2024, 5, 1), "given")
    assert publication_date(text=text) == (date(2023, 1, 6), "dateline: Published 6 January 2023")
    assert publication_date(text="No date here.") == (date.today(), "today")


def test_last_year_is_read_from_the_dateline(real_store):
    """'last year' in an article dated January 2023 is 2022, however long after it is checked."""
    text = ("Homicides in London fall\nPublished 6 January 2023\n\n"
            "There were 109 homicides in London last year, the Metropolitan Police said.\n")
    res = check_text(real_store, text=text)
    assert res.as_of == date(2023, 1, 6) and res.as_of_basis.startswith("dateline:")
    [c] = [c for c in res.claims if c.claimed == 109 or "109" in c.text]
    assert "2022" in json.dumps(c.as_dict())
    assert c.verdict in ("accurate", "accurate_with_caveat")
    # the figure found for 2022 is one of the extracts' 2022 totals (the 2023-11 CSV read here)
    values = {e.value for e in c.evidence}
    assert london_homicides_2023_11(2022) in values | {c.found}
    assert res.as_dict()["as_of_basis"] == "dateline: Published 6 January 2023"


def test_cli_says_where_the_date_came_from(real_store_path, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Homicides in London fall\nPublished 6 January 2023\n\n"
                   "There were 109 homicides in London last year.\n", encoding="utf-8")
    from typer.testing import CliRunner

    from crimestats.cli import app

    r = CliRunner().invoke(app, ["check", str(art), "--db", str(real_store_path)])
    assert r.exit_code == 0, r.output
    out = " ".join(r.output.split())
    assert "As of 2023-01-06, the date the text gives: 'Published 6 January 2023'" in out


def test_cli_reads_an_html_page_as_its_visible_text(real_store_path, tmp_path):
    from typer.testing import CliRunner

    from crimestats.cli import app

    page = tmp_path / "story.html"
    page.write_text(
        "<!doctype html><html><head><title>Crime</title><script>var n = 2019;</script></head><body>"
        "<p class='date'>Published 6 January 2023</p><article><p>There were <b>109</b> homicides in "
        "London last year.</p></article></body></html>", encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(page), "--db", str(real_store_path), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["as_of"] == "2023-01-06"
    assert data["claims"] and all("<" not in c["text"] for c in data["claims"])
    assert any("109" in c["text"] for c in data["claims"])
