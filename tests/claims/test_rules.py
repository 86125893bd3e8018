"""The registered extraction rules: one table, a total order, and the overlap rule (priority, then span).

Pure text, no store.  The sentences are synthetic; what each asserts is which rule keeps a figure when
two rules could read it.
"""

from __future__ import annotations

from crimestats.claims import extract_claims
from crimestats.claims.extract._rules import RULES


def test_priorities_are_a_total_order_and_rules_live_in_their_family_modules():
    assert len({r.priority for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        module = r.find.__module__.rsplit(".", 1)[-1]
        assert module not in ("_rules", "_extract", "_scan"), r.name


def test_a_figure_taken_by_a_higher_rule_is_not_read_again_as_a_count():
    # the threshold rule (a record) outranks the figure rule: 54,000 is the threshold, not a count
    cs = extract_claims("It is the first time burglary has dropped below 54,000 since records began.")
    assert [(c.kind, c.unit) for c in cs] == [("record", "threshold")]
    assert cs[0].value == 54_000


def test_a_fraction_inside_a_ratio_is_not_also_a_share():
    # 'fell by a third of' would be a share by the lower fraction_share rule; the ratio keeps it
    cs = extract_claims("Robbery fell by a third of the total in Camden last year.")
    assert [c.kind for c in cs] == ["ratio"]
    assert cs[0].direction == "down"


def test_rules_not_overlapping_both_keep_their_claims():
    cs = extract_claims("Burglary fell by 12% to 5,400 offences in 2023.")
    assert sorted(c.kind for c in cs) == ["change", "count"]
