"""Readers for the Metropolitan Police dashboards published on the London Datastore.

All are long-format files (Parquet as converted by fenneh/london-crime-data, plus one small JSON)
stored as ``counts`` rows under the Met force scope.  Each dashboard has its own module; this one
gathers their readers in detection order and re-exports them (and the shared helpers of
:mod:`crimestats.sources.met_common`) so ``from crimestats.sources.met_dashboards import ...`` keeps
working:

``met_crime_dashboard``   :mod:`.met_crime_dashboard`: monthly crime dashboard, knife crime by borough
                          and Safer Neighbourhood Team (SNT).  No London total rows; SNT rows are a
                          second breakdown of the borough rows, never to be added to them.
``met_custody``           :mod:`.met_custody`: offences disposed of in custody, by *current* disposal.
``met_knife_crime_json``  :mod:`.met_crime_dashboard`: a third party's London 'knife crime' JSON that
                          double counts, stored with no offence key.
``met_vawg``              :mod:`.met_vawg`: VAWG offences and victims; each sheet under its own source.
``met_thorough_searches`` :mod:`.met_thorough_searches`: strip searches, one row per search.
``met_stolen_animals``    :mod:`.met_stolen_animals`: stolen animals by borough, animal, offence.
"""

from __future__ import annotations

from ._base import Reader
from .met_common import (
    FORCE_CODE,
    FORCE_NAME,
    check_rows,
    dashboard_parsed,
    first_of_month,
    no_rows,
    parquet_view,
    snake,
    span,
    staged,
)
from .met_crime_dashboard import MetCrimeDashboard, MetKnifeCrimeDerived, dashboard_unit
from .met_custody import MetCustody
from .met_stolen_animals import MetStolenAnimals
from .met_thorough_searches import MetThoroughSearches
from .met_vawg import MetVawg

__all__ = ["READERS", "MetCrimeDashboard", "MetCustody", "MetKnifeCrimeDerived", "MetVawg",
           "MetThoroughSearches", "MetStolenAnimals", "dashboard_unit", "FORCE_CODE", "FORCE_NAME",
           "check_rows", "dashboard_parsed", "first_of_month", "no_rows", "parquet_view", "snake", "span",
           "staged"]

# Detection order (unchanged from when these readers shared one module).
READERS: list[Reader] = [MetCrimeDashboard(), MetCustody(), MetKnifeCrimeDerived(), MetVawg(),
                         MetThoroughSearches(), MetStolenAnimals()]
