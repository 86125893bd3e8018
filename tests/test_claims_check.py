"""The claim checker end to end: the seed article, the JSON schema, the CLI, odd input.

Expected figures come from the raw files (csv module), never from crimestats.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date

import pytest

from conftest import SHARED, need
from crimestats.claims import KINDS, VERDICTS

AS_OF = date(2023, 1, 6)
CLAIM_KEYS = {"text", "start", "end", "kind", "measure", "area", "period", "claimed", "found", "unit",
              "verdict", "explanation", "evidence", "quote", "area_code"}
EVIDENCE_KEYS = {"source", "vintage", "value", "query"}


def seed_text() -> str:
    p = SHARED.parent / "docs" / "seed-article.txt"
    if not p.exists():
        pytest.skip(f"seed article missing: {p}")
    return p.read_text(encoding="utf-8")


def victims_by_year(**filters: str) -> Counter:
    with open(need("met-homicide-victims/homicides.csv"), newline="", encoding="utf-8") as fh:
        return Counter(int(r["Year"]) for r in csv.DictReader(fh)
                       if all(r[k] == v for k, v in filters.items()))


@pytest.fixture(scope="module")
def seed_result(real_store_path):
    from crimestats import Store, check_text

    with Store(real_store_path, read_only=True) as store:
        return check_text(store, text=seed_text(), as_of=AS_OF)


def find(result, kind: str, contains: str):
    hits = [c for c in result.claims if c.claim.kind == kind and contains in c.claim.text]
    assert hits, f"no {kind} claim containing {contains!r}: {[(c.claim.kind, c.claim.text) for c in result.claims]}"
    return hits[0]


def test_seed_every_claim_found_with_sensible_kind(seed_result):
    r = seed_result
    find(r, "count", "109")
    find(r, "change", "17% down on 2021")
    find(r, "count", "Nine homicides")
    find(r, "change", "25% fall")
    find(r, "record", "lowest figure since 2014")
    find(r, "count", "69 homicides")
    find(r, "change", "17% reduction")
    find(r, "equality", "2019")
    find(r, "ratio", "halved")
    find(r, "share", "36%")
    find(r, "count", "71 arrests")
    find(r, "direction", "drop in homicide")
    assert len([c for c in r.claims if c.claim.kind == "opinion"]) >= 2
    officers = [c for c in r.claims if "tens of thousands" in c.claim.text or c.claim.text.startswith("Sadly")]
    assert len(officers) == 2
    for c in officers:
        assert c.verdict == "unverifiable" and "workforce" in c.explanation
    text = seed_text()
    for c in r.claims:
        assert text[c.claim.start:c.claim.end] == c.claim.text
        assert c.verdict in VERDICTS and c.claim.kind in KINDS
        assert c.explanation and c.explanation.endswith((".", ")"))


def test_seed_verdicts_follow_the_raw_data(seed_result):
    r = seed_result
    gun, knife, teen = (victims_by_year(Method_of_Killing="Shooting"),
                        victims_by_year(Method_of_Killing="Knife or Sharp Implement"),
                        victims_by_year(Age_Group="Adolescent/Young Adult"))
    nine = find(r, "count", "Nine homicides")
    assert nine.measure == "gun_homicide_victims" and nine.found == gun[2022]
    # the Met's 'gun-enabled' flag is not in open data: close to the nearest series = unverifiable
    assert nine.verdict == ("accurate" if gun[2022] == 9 else "unverifiable" if abs(gun[2022] - 9) <= 2
                            else "inaccurate")
    assert "flag is not in the open data" in nine.explanation
    sixty_nine = find(r, "count", "69 homicides")
    assert sixty_nine.found == knife[2022]
    assert sixty_nine.verdict == ("accurate" if knife[2022] == 69 else "unverifiable" if abs(knife[2022] - 69) <= 13
                                  else "inaccurate")
    eq = find(r, "equality", "2019")
    assert eq.verdict == ("accurate" if knife[2022] == knife[2019] else "unverifiable")
    fall = find(r, "change", "25% fall")
    pct = (gun[2022] - gun[2021]) / gun[2021] * 100
    assert fall.verdict == ("accurate" if round(-pct) == 25 else "unverifiable")
    rec = find(r, "record", "since 2014")
    later = [gun[y] for y in range(2015, 2022)]
    if all(v > gun[2022] for v in later) and gun[2014] < gun[2022]:
        assert rec.verdict == "accurate"
    elif gun[2014] <= gun[2022] and all(v >= gun[2022] for v in later):
        assert rec.verdict == "accurate_with_caveat"
    else:
        assert rec.verdict == "inaccurate"
    halved = find(r, "ratio", "halved")
    ratio = teen[2022] / teen[2021]
    assert halved.verdict == ("accurate_with_caveat" if 0.4 <= ratio <= 0.6 else "inaccurate")
    assert "coarse" in halved.explanation
    share = find(r, "share", "36%")
    assert share.verdict == "unverifiable" and share.area and "Redbridge" in share.area
    arrests = find(r, "count", "71 arrests")
    assert arrests.verdict == "unverifiable" and arrests.period == "November 2022 to December 2022"
    drop = find(r, "direction", "drop in homicide")
    assert drop.verdict in ("accurate", "accurate_with_caveat") and drop.period == "2022"
    assert drop.found == "down"


def test_seed_homicide_total_names_both_series_and_vintages(seed_result):
    total = find(seed_result, "count", "109")
    assert total.measure == "homicide" and total.verdict in ("accurate", "accurate_with_caveat")
    values = {e.value for e in total.evidence}
    assert victims_by_year()[2022] in values, "the victims series figure must be given beside the offences one"
    assert 109 in values
    assert all(e.query and "SELECT" in e.query and e.source for e in total.evidence)


def test_seed_opinions_get_context_figures(seed_result):
    ops = [c for c in seed_result.claims if c.claim.kind == "opinion"]
    for c in ops:
        assert c.verdict == "opinion"
        assert "per 100,000" in c.explanation and "England and Wales" in c.explanation
        assert any("England and Wales" in (e.label or "") for e in c.evidence)


def test_json_schema_exact(seed_result):
    d = json.loads(json.dumps(seed_result.as_dict(), default=str))
    assert set(d) == {"as_of", "as_of_basis", "claims"} and d["as_of"] == "2023-01-06" and d["as_of_basis"] == "given"
    for c in d["claims"]:
        assert set(c) == CLAIM_KEYS
        assert isinstance(c["start"], int) and isinstance(c["end"], int) and c["start"] < c["end"]
        assert c["kind"] in KINDS and c["verdict"] in VERDICTS
        assert isinstance(c["quote"], bool)
        for e in c["evidence"]:
            assert set(e) >= EVIDENCE_KEYS


def test_no_claims_empty_list(real_store):
    from crimestats import check_text

    res = check_text(real_store, text="The mayor opened a new library on the A13 and thanked volunteers.",
                     as_of="2023-01-06")
    assert res.claims == [] and res.as_dict() == {"as_of": "2023-01-06", "as_of_basis": "given", "claims": []}


def test_odd_input_does_not_crash(real_store):
    from crimestats import check_text

    text = ("<html><body><p>9/11 and 24/7 on the A13.</p>\u202e\u0000 ①② 💥 "
            "<script>var x = 109;</script></body></html>")
    res = check_text(real_store, text=text, as_of="2023-01-06")
    assert all(c.verdict in VERDICTS for c in res.claims)
    with pytest.raises(Exception) as exc:
        check_text(real_store, text="x", as_of="06/01/2023")
    assert "YYYY-MM-DD" in str(exc.value)


def test_cli_check_json_text_html(real_store_path, tmp_path):
    from typer.testing import CliRunner

    from crimestats.cli import app

    art = tmp_path / "a.txt"
    art.write_text("Nine homicides were gun enabled in 2022, which was a 25% fall.", encoding="utf-8")
    run = CliRunner()
    res = run.invoke(app, ["check", str(art), "--as-of", "2023-01-06", "--format", "json",
                           "--db", str(real_store_path)])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert [c["kind"] for c in d["claims"]] == ["count", "change"]
    res = run.invoke(app, ["check", "-", "--as-of", "2023-01-06", "--db", str(real_store_path)],
                     input="London is a fantastically safe city.")
    assert res.exit_code == 0 and "Opinion:" in res.stdout and res.stdout.startswith("1 claim: 1 opinion")
    res = run.invoke(app, ["check", str(art), "--as-of", "2023-01-06", "--format", "html",
                           "--db", str(real_store_path)])
    assert res.exit_code == 0 and res.stdout.startswith("<!doctype html>")
    res = run.invoke(app, ["check", str(tmp_path / "missing.txt"), "--db", str(real_store_path)])
    assert res.exit_code != 0 and "missing.txt" in res.output


def test_safety_comparison_uses_homicide_rates(real_store):
    from crimestats import check_text

    res = check_text(real_store, text="London is safer than the United States.", as_of="2022-06-30")
    c = [c for c in res.claims if c.claim.kind == "comparison"][0]
    assert c.measure == "homicide_rate" and "homicide rate alone" in c.explanation
    assert c.verdict in ("accurate_with_caveat", "inaccurate")
    assert c.found["this"] < c.found["other"] if c.verdict == "accurate_with_caveat" else True


def test_context_carries_area_and_measure_between_sentences(real_store):
    from crimestats import check_text

    text = ("Recent figures from Ilford showed a rise in robbery. "
            "It said there had been 71 arrests for robbery since November.")
    res = check_text(real_store, text=text, as_of="2023-01-06")
    arrests = [c for c in res.claims if "71" in c.claim.text][0]
    assert arrests.area == "Redbridge" and "Ilford" in arrests.explanation
    assert arrests.period == "November 2022 to December 2022"


def test_one_megabyte_paste_end_to_end(real_store):
    from crimestats import check_text

    block = ("<p>The A13 was closed 24/7 after 9/11-style warnings; call 020 7946 0000.</p> "
             "Residents of Croydon, aged 18 to 80, met on 6 January 2023 at 10:30. ünï ① \u200b "
             "There were 109 homicides in London in 2022. " + "Prose about community work. " * 10)
    big = (block * (1_000_000 // len(block) + 1))[:1_000_000]
    res = check_text(real_store, text=big, as_of="2023-01-06")
    assert res.claims and all(c.claim.kind == "count" and "109" in c.claim.text for c in res.claims)
    assert len({c.verdict for c in res.claims}) == 1
