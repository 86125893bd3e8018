"""Fixtures for the claim-checker tests (the real-data store ones come from tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from .raw import seed_text

SEED_AS_OF = date(2023, 1, 6)


@pytest.fixture(scope="module")
def seed_result(real_store_path):
    """The checker's answer on the seed article, as of the day it was published."""
    from crimestats import Store, check_text

    with Store(real_store_path, read_only=True) as store:
        return check_text(store, text=seed_text(), as_of=SEED_AS_OF)
