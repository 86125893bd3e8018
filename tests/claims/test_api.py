"""The checker's public surface: ``check_text`` on odd and empty input, the JSON schema, the quote
field, the CLI's json/text/html output, and a one-megabyte paste end to end.

(Extraction on its own is in test_extraction.py; the date read from a dateline in test_dateline.py.)
"""

from __future__ import annotations

import json

import pytest

from crimestats import check_text
from crimestats.claims import KINDS, VERDICTS

from .support import check

CLAIM_KEYS = {"text", "start", "end", "kind", "measure", "area", "period", "claimed", "found", "unit",
              "verdict", "explanation", "evidence", "quote", "area_code"}
EVIDENCE_KEYS = {"source", "vintage", "value", "query"}


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


def test_quote_field_in_json(real_store):
    res = check(real_store, 'He said: "There were 109 homicides in London in 2022."\nThere were 109 homicides '
                            "in London in 2022.", "2023-01-06")
    d = [c.as_dict() for c in res]
    assert [c["quote"] for c in d] == [True, False]


def test_no_claims_empty_list(real_store):
    res = check_text(real_store, text="The mayor opened a new library on the A13 and thanked volunteers.",
                     as_of="2023-01-06")
    assert res.claims == [] and res.as_dict() == {"as_of": "2023-01-06", "as_of_basis": "given", "claims": []}


def test_odd_input_does_not_crash(real_store):
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


def test_one_megabyte_paste_end_to_end(real_store):
    block = ("<p>The A13 was closed 24/7 after 9/11-style warnings; call 020 7946 0000.</p> "
             "Residents of Croydon, aged 18 to 80, met on 6 January 2023 at 10:30. ünï ① \u200b "
             "There were 109 homicides in London in 2022. " + "Prose about community work. " * 10)
    big = (block * (1_000_000 // len(block) + 1))[:1_000_000]
    res = check_text(real_store, text=big, as_of="2023-01-06")
    assert res.claims and all(c.claim.kind == "count" and "109" in c.claim.text for c in res.claims)
    assert len({c.verdict for c in res.claims}) == 1
