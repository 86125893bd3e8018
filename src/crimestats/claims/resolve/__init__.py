"""Resolution: claim -> what it is about (measure, place, period, baseline), with context carried
across clauses and sentences decided here, once, and recorded on the resolved claim.

May import: claims.extract and the claims root modules; measures/ and store lookups for names.
"""
