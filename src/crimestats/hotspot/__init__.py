"""Hotspots: places ranked by count, Getis-Ord Gi* with adjusted p-values, concentration, maps.

May import ``facts``, ``measures``, ``store``, ``reference`` and ``_errors``; never ``claims``.
(Singular name: ``crimestats.hotspots`` is the public function.)
"""
