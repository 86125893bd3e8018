"""set21 claims: the union of the articles (spec_articles.py) and the one-liners (spec_oneliners.py).

Each part was written blind by its own helper (see README.md); each builds its own SpecBook named `book`.
UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])};
CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
"""
import importlib

UNITS: dict = {}
CLASS: dict = {}
REASON: dict = {}
for _part in ("spec_articles", "spec_oneliners"):
    try:
        _book = importlib.import_module(_part).book
    except ModuleNotFoundError as exc:  # a part not written yet (only while the set is being written)
        if exc.name != _part:
            raise
        continue
    assert not set(_book.UNITS) & set(UNITS), "unit names clash between the parts"
    UNITS.update(_book.UNITS)
    CLASS.update(_book.CLASS)
    REASON.update(_book.REASON)
