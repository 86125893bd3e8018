"""Facts: a measure x area x period turned into a figure with SQL, provenance and coverage, and the
figures built on them (change and its significance, records, shares, rates, series, headlines).

May import ``measures``, ``store``, ``reference`` and ``_errors``. Consumers above (claims, hotspots,
report, web, cli) read the data through this layer and ``store``, never by their own SQL.
"""
