"""The fast forms of the extraction's hot patterns give exactly what the plain forms give.

A :class:`Caseless` pattern is searched through its lowercase twin first, a gate's words are compiled as a
trie, and one search for every opening rule's ``needs`` skips a sentence no rule opens; all exist for speed only.
These tests hold each to its plain form over every sentence of the evaluation texts in bench/claims_eval (some
2,700 sentences of real wording) and over cases built to break them (an uppercase-only part, a letter whose
lowercase is longer, words that extend one another).
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from crimestats.claims import split_sentences

from ._internals import (
    ANY_SUBJECT,
    OPENERS,
    OPENING_PREFILTER,
    RULES,
    SUBJECTS,
    Caseless,
    Scan,
    boundary_factored,
    has,
    lowercase_twin,
    trie_alternation,
    twin_may_answer,
)

_EVAL = Path(__file__).resolve().parents[2] / "bench" / "claims_eval"


def _sentences() -> list[str]:
    out: list[str] = []
    for f in sorted(_EVAL.glob("*/inputs/*.txt")):
        text = f.read_text(encoding="utf-8")
        out += [s.text for s in split_sentences(text)]
    return out


SENTENCES = _sentences()


def _caseless_patterns() -> list[Caseless]:
    return [o for o in gc.get_objects() if isinstance(o, Caseless)]


def test_the_evaluation_texts_are_there_to_compare_on():
    assert len(SENTENCES) > 2000


def test_the_lowercase_twin_lowercases_letters_but_not_escapes():
    assert lowercase_twin(r"\bFoo\s+(?-i:[A-Z])\S\W\D\B") == r"\bfoo\s+(?-i:[a-z])\S\W\D\B"


def test_a_case_sensitive_part_in_a_negative_context_is_refused():
    with pytest.raises(ValueError):
        Caseless(r"\bfoo(?!(?-i:[A-Z]))")
    with pytest.raises(ValueError):
        Caseless(r"\bfoo(?-i:[^a-z])")


def test_caseless_finds_what_the_plain_pattern_finds_on_edge_cases():
    p = Caseless(r"\b(?:has|have)\s+abandoned\s+(?-i:[A-Z])\w+|\bfrankly\b")
    for text in ("The Mayor has abandoned Croydon.", "The Mayor has abandoned croydon.", "FRANKLY, no.",
                 "İstanbul: Frankly not.", "nothing here", ""):
        got, want = p.search(text), p.pattern.search(text)
        assert (got and got.span()) == (want and want.span()), text


def test_every_caseless_pattern_agrees_with_its_plain_form_on_every_evaluation_sentence():
    import crimestats.claims.extract  # noqa: F401  (builds the patterns)

    patterns = _caseless_patterns()
    assert len(patterns) >= 4
    for p in patterns:
        for s in SENTENCES:
            got, want = p.search(s), p.pattern.search(s)
            assert (got and got.span()) == (want and want.span()), (p.pattern.pattern[:60], s)


def test_a_trie_gate_occurs_exactly_when_one_of_its_words_does():
    words = ("most", "more", "highest", "high", "second only", "-year", " top", "tops ", "a+b")
    assert re.compile(trie_alternation(words)).pattern.count("|") < len(words)
    for text in ("the highest", "mostly", "a five-year high", "on top", "tops it", "a+b", "nothing", ""):
        assert has(text, *words) == any(w in text for w in words), text
    assert re.compile(trie_alternation(())).search("anything") is None


def test_every_gate_built_so_far_agrees_with_a_plain_substring_test_on_every_evaluation_sentence():
    """Every rule's precompiled gate words (``Words``) and every ``has`` gate built while extracting answer exactly as
    a plain substring test would."""
    import importlib
    import pkgutil

    import crimestats.claims.extract as extract_pkg
    import crimestats.claims.extract._scan as scan
    from crimestats.claims import extract_claims

    for s in SENTENCES[:400]:         # runs every rule, so every remaining has() gate's words are registered
        extract_claims(s)
    gates = [scan.Words(*words) for words in scan._GATES]
    for info in pkgutil.iter_modules(extract_pkg.__path__):
        mod = importlib.import_module(f"crimestats.claims.extract.{info.name}")
        gates += [v for v in vars(mod).values() if isinstance(v, scan.Words)]
    assert len(gates) > 20
    for s in SENTENCES:
        low = s.lower()
        for gate in gates:
            plain = any(w in low for w in gate.words) or any(re.search(p, low) for p in gate.patterns)
            assert gate(low) == plain, (gate.words[:3], gate.patterns[:1], s)


def test_every_opening_rule_declares_the_words_it_needs():
    """A rule added without ``needs`` would switch the prefilter off (and the extraction would slow down)."""
    assert OPENING_PREFILTER is not None


def test_a_rule_opens_a_sentence_only_when_a_word_it_needs_occurs_in_it():
    """``needs`` is a promise: wherever a rule's opener passes, one of its words (or patterns) occurs."""
    opening = [r for r in RULES if (r.opener or r.gate) is not None]
    for f in sorted(_EVAL.glob("*/inputs/*.txt")):
        text = f.read_text(encoding="utf-8")
        for s in split_sentences(text):
            sc = Scan(s, text)
            for r in opening:
                opener = r.opener or r.gate
                assert opener is not None and r.needs is not None
                if opener(sc):
                    assert r.needs(sc.low), (r.name, s.text)


def test_the_boundary_factored_form_matches_at_the_same_places():
    """Regrouping the alternatives that begin with \\b moves no match start (only which alternative matches may)."""
    plain = r"\bfoo\s+bar|x\d|\bba[rz]\b|^\W*(?:wow)\W*$|\b(?P<n>qu+x)"
    fact = boundary_factored(plain)
    assert fact != plain and fact.startswith(r"\b(?:")
    assert boundary_factored(r"\bfoo|\bbar|(?P=n)") == r"\bfoo|\bbar|(?P=n)"      # a group reference: as it is
    for text in ("foo bar", "afoo bar", "x1 foo", "baz!", "wow", " wow!", "quux", "aquux", "", "bar-baz"):
        for pos in range(len(text) + 1):
            a, b = re.compile(plain).search(text, pos), re.compile(fact).search(text, pos)
            assert (a and a.start()) == (b and b.start()), (text, pos)


def test_a_sentence_the_subjects_twin_skips_names_no_outside_subject():
    """Where the one twin of every outside-subject pattern finds nothing, no pattern matches (eval sentences)."""
    assert ANY_SUBJECT is not None
    for s in SENTENCES:
        low = s.lower()
        if twin_may_answer(s, low) and ANY_SUBJECT.search(low) is None:
            assert not any(p.search(s) for p, _, _ in SUBJECTS), s


def test_a_digit_opens_a_sentence_as_the_openers_would():
    """scan_sentence opens a sentence with a digit without asking the openers: one of them always passes."""
    for f in sorted(_EVAL.glob("*/inputs/*.txt")):
        text = f.read_text(encoding="utf-8")
        for s in split_sentences(text):
            sc = Scan(s, text)
            if sc.digits:
                assert any(opener(sc) for opener in OPENERS), s.text
