"""Reports: view models, charts and templates shared by ``crimestats report`` and the web app.

May import ``claims``, ``hotspot``, ``facts``, ``measures``, ``store``, ``reference`` and ``_errors``;
never ``web`` or ``cli``.
"""
