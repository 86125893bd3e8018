"""Claim-checker tests, filed by concept.  Where to look:

- test_extraction.py    what is and is not a claim; offsets, sentences, quotations, odd input
- test_numbers.py       number words, rounding tolerance, bounds, numbers that are not figures
- test_counts.py        counts: which number is the count, table cells, 'N a month'
- test_changes.py       percent changes, differences, ratios ('halved', 'one in five'), points, directions
- test_comparisons.py   a place against another or London's average; 'roughly the same as'
- test_rankings.py      positions among boroughs, wards and forces, by count or by rate
- test_records.py       record highs and lows, 'lowest in N years', 'on record', thresholds
- test_streaks.py       'N years in a row', 'every year since', 'the first fall since'
- test_shares.py        shares of a whole, and which whole
- test_rates.py         rates per N residents and their population base
- test_periods.py       which months a claim is about and what it is compared with
- test_places.py        which area a sentence names; places outside London
- test_context.py       place, period and crime carried across clauses and sentences (or not)
- test_measures_words.py crime words to measures (narrowing, never widening)
- test_sources.py       which release or series answers: revisions, NFIB, published rows
- test_opinions.py      judgements without figures
- test_unverifiable.py  subjects outside the data
- test_dateline.py      the as-of date read from an article's dateline
- test_seed_article.py  the seed article end to end
- test_api.py           check_text, the JSON schema, the CLI's output
- test_corpus.py        the ~100-sentence corpus (tests/fixtures/claims/corpus.jsonl)

Helpers: raw.py (expected figures straight from ../shared/data, csv/pyarrow only), support.py (run
the checker, pick a claim), _internals.py (the only imports of private modules), conftest.py
(fixtures).  A package, so its module names never clash with tests/ top-level ones and its helpers
are imported relatively; no test module imports another.
"""
