"""The store's tables, in one place.

Canonical tables (all rows carry the ``ingest_id`` of the file they came from, so every figure
traces back to a file, its sha256 and its vintage):

``ingests``     one row per file ingested: provenance, vintage, rows read / kept / dropped.
``coverage``    one row per (ingest, scope, level, grain, period) the file covers.  A month with
                no row here is *no data*, never zero.
``counts``      aggregate counts: one row per (period, area, category, dimensions) and unit.
``incidents``   point-level data.police.uk street crimes.
``outcomes``    data.police.uk outcomes rows.
``stops``       data.police.uk stop-and-search rows.
``population``  area x year population, kind = estimate | projection.
``rates``       published rates (e.g. homicides per 100,000 by country) that come with no counts.
``areas``       area codes, names, type and parent; ``area_aliases`` maps place names to areas.
``boundaries``  area polygons as GeoJSON in WGS84 (EPSG:4326).

Views: ``latest_ingest`` picks, for each (source, scope, level, grain, period), the ingest with the
latest vintage; ``counts_latest`` keeps only the counts from those ingests.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

DDL = """
CREATE SEQUENCE IF NOT EXISTS ingest_seq START 1;

CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS ingests (
    ingest_id     INTEGER PRIMARY KEY,
    source        VARCHAR NOT NULL,   -- series key, e.g. 'mps_recorded_crime', 'police_uk_street'
    format        VARCHAR NOT NULL,   -- reader that parsed it, e.g. 'mps_recorded_crime_wide'
    file_name     VARCHAR NOT NULL,   -- base name (inside a zip: 'archive.zip!member.csv')
    file_path     VARCHAR NOT NULL,   -- path as given when ingested
    sha256        VARCHAR NOT NULL,
    bytes         BIGINT,
    publisher     VARCHAR,
    licence       VARCHAR,
    vintage       VARCHAR NOT NULL,   -- human label, e.g. 'extract to 2023-11'
    vintage_date  DATE NOT NULL,      -- sortable; later = newer
    vintage_basis VARCHAR NOT NULL,   -- how the vintage was decided: 'given', 'in file', 'last month in file'
    rows_read     BIGINT NOT NULL,
    rows_kept     BIGINT NOT NULL,
    rows_dropped  BIGINT NOT NULL,
    drop_reasons  JSON,               -- {"reason": n, ...}
    notes         JSON,               -- list of quirks noticed, for the ingest report
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS coverage (
    ingest_id    INTEGER NOT NULL,
    source       VARCHAR NOT NULL,
    scope_type   VARCHAR NOT NULL,   -- 'force' for all files so far
    scope_code   VARCHAR NOT NULL,   -- e.g. 'metropolitan', 'city-of-london'
    scope_name   VARCHAR,
    level        VARCHAR NOT NULL,   -- area_type of the rows: force, borough, ward, lsoa
    grain        VARCHAR NOT NULL,   -- 'month' or 'year'
    period_start DATE NOT NULL,
    vintage_date DATE NOT NULL
);

CREATE TABLE IF NOT EXISTS counts (
    ingest_id      INTEGER NOT NULL,
    source         VARCHAR NOT NULL,
    period_grain   VARCHAR NOT NULL,  -- 'month' | 'year'
    period_start   DATE NOT NULL,     -- first day of the month / calendar year
    area_type      VARCHAR NOT NULL,  -- force | borough | ward | lsoa | bcu
    area_code      VARCHAR,           -- GSS code where known (E09..., E05..., E01...), else NULL
    area_name      VARCHAR,
    parent_code    VARCHAR,           -- e.g. borough code of a ward/LSOA row
    category       VARCHAR,           -- the source's own major label, verbatim
    subcategory    VARCHAR,           -- the source's own minor label, verbatim
    offence_key    VARCHAR,           -- canonical key (see taxonomy)
    unit           VARCHAR NOT NULL,  -- offences | victims | accused | arrests | disposals | stops | outcomes
    age_group      VARCHAR,
    sex            VARCHAR,
    ethnicity      VARCHAR,
    method         VARCHAR,           -- method of killing / weapon
    domestic_abuse VARCHAR,
    solved_status  VARCHAR,
    outcome        VARCHAR,
    count          BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS incidents (
    ingest_id      INTEGER NOT NULL,
    crime_id       VARCHAR,           -- NULL for anti-social behaviour
    month          DATE NOT NULL,
    reported_by    VARCHAR,
    falls_within   VARCHAR,
    longitude      DOUBLE,
    latitude       DOUBLE,
    location       VARCHAR,
    lsoa_code      VARCHAR,
    lsoa_name      VARCHAR,
    crime_type     VARCHAR,
    offence_key    VARCHAR,
    last_outcome   VARCHAR,
    context        VARCHAR
);

CREATE TABLE IF NOT EXISTS outcomes (
    ingest_id      INTEGER NOT NULL,
    crime_id       VARCHAR,
    month          DATE NOT NULL,
    reported_by    VARCHAR,
    falls_within   VARCHAR,
    longitude      DOUBLE,
    latitude       DOUBLE,
    location       VARCHAR,
    lsoa_code      VARCHAR,
    lsoa_name      VARCHAR,
    outcome_type   VARCHAR
);

CREATE TABLE IF NOT EXISTS stops (
    ingest_id        INTEGER NOT NULL,
    force            VARCHAR,
    month            DATE NOT NULL,
    stop_type        VARCHAR,
    stop_datetime    TIMESTAMP,
    policing_operation VARCHAR,
    latitude         DOUBLE,
    longitude        DOUBLE,
    gender           VARCHAR,
    age_range        VARCHAR,
    self_ethnicity   VARCHAR,
    officer_ethnicity VARCHAR,
    legislation      VARCHAR,
    object_of_search VARCHAR,
    outcome          VARCHAR,
    outcome_linked   VARCHAR,
    outer_clothing_removed VARCHAR
);

CREATE TABLE IF NOT EXISTS population (
    ingest_id   INTEGER NOT NULL,
    source      VARCHAR NOT NULL,
    area_type   VARCHAR NOT NULL,    -- country | region | force | borough | ward | lsoa
    area_code   VARCHAR,
    area_name   VARCHAR,
    year        INTEGER NOT NULL,
    kind        VARCHAR NOT NULL,    -- 'estimate' | 'projection'
    age_band    VARCHAR,             -- NULL = all ages
    sex         VARCHAR,             -- NULL = persons
    population  DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS rates (
    ingest_id   INTEGER NOT NULL,
    source      VARCHAR NOT NULL,    -- e.g. 'owid_unodc_homicide_rate'
    area_type   VARCHAR NOT NULL,    -- country | region | force | city
    area_code   VARCHAR,             -- ISO3 / GSS code where given
    area_name   VARCHAR NOT NULL,
    year        INTEGER NOT NULL,
    measure     VARCHAR NOT NULL,    -- e.g. 'homicide'
    per         INTEGER NOT NULL,    -- rate per this many people (100000)
    value       DOUBLE NOT NULL,
    basis       VARCHAR              -- e.g. 'UNODC recorded', 'IHME GBD modelled estimate'
);

CREATE TABLE IF NOT EXISTS areas (
    area_type   VARCHAR NOT NULL,
    area_code   VARCHAR NOT NULL,
    area_name   VARCHAR NOT NULL,
    parent_type VARCHAR,
    parent_code VARCHAR,
    source      VARCHAR,
    PRIMARY KEY (area_type, area_code)
);

CREATE TABLE IF NOT EXISTS boundaries (
    ingest_id   INTEGER NOT NULL,
    area_type   VARCHAR NOT NULL,
    area_code   VARCHAR NOT NULL,
    area_name   VARCHAR,
    vintage     VARCHAR,             -- e.g. 'LSOA 2011', 'LAD 2022'
    geojson     VARCHAR NOT NULL     -- geometry in EPSG:4326
);

CREATE OR REPLACE VIEW latest_ingest AS
SELECT source, scope_code, level, grain, period_start,
       arg_max(ingest_id, strftime(vintage_date, '%Y%m%d') || lpad(CAST(ingest_id AS VARCHAR), 10, '0'))
           AS ingest_id
FROM coverage
GROUP BY source, scope_code, level, grain, period_start;

CREATE OR REPLACE VIEW counts_latest AS
SELECT c.* FROM counts c
SEMI JOIN latest_ingest l
  ON c.ingest_id = l.ingest_id AND c.period_grain = l.grain
 AND c.period_start = l.period_start AND c.area_type = l.level;
"""

# Tables whose rows belong to one ingest: an ingest is removed by deleting from each of these.
INGEST_TABLES = ("coverage", "counts", "incidents", "outcomes", "stops", "population", "rates", "boundaries")
