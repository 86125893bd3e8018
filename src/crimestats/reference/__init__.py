"""Reference codes shipped with the package: the offence taxonomy and London's geography codes.

Names and codes only, never figures. The lowest layer beside ``_errors``: readers key offences and
boroughs with it at ingest, and everything above reads it. Imports nothing else of crimestats but
``_errors`` and ``data``.
"""
