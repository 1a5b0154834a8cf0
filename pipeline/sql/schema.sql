-- solieu store schema. Created by pipeline.store on first use; documented in docs/schema.md.
-- One row per distinct report content (doc_id = first 16 hex of the file's sha256).
CREATE TABLE IF NOT EXISTS documents (
    doc_id           VARCHAR PRIMARY KEY,
    path             VARCHAR NOT NULL,      -- first path it was ingested from
    sha256           VARCHAR NOT NULL,
    org              VARCHAR,
    doc_type         VARCHAR,
    doc_number       VARCHAR,               -- "45-BC/VPHU"; '' when the number is left blank
    doc_symbol       VARCHAR,               -- "BC/VPHU": kind of document / issuing office, even when blank
    place            VARCHAR,
    title            VARCHAR,
    subject          VARCHAR,
    period_label     VARCHAR,
    period_kind      VARCHAR,               -- month | quarter | half | nine_months | year | as_of | range | unknown
    period_start     DATE,
    period_end       DATE,
    cumulative       BOOLEAN,
    issued_date      DATE,
    issued_precision VARCHAR,               -- day | month | year | ''
    ingested_at      TIMESTAMP NOT NULL
);

-- Every path a report has been seen under (the same report under two names is stored once).
CREATE TABLE IF NOT EXISTS files (
    path        VARCHAR PRIMARY KEY,
    doc_id      VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    size        BIGINT,
    mtime       DOUBLE,
    seen_at     TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS sections (
    doc_id      VARCHAR NOT NULL,
    section_id  INTEGER NOT NULL,
    parent_id   INTEGER,
    level       INTEGER NOT NULL,
    label       VARCHAR,
    heading     VARCHAR,
    para_id     INTEGER,
    path        VARCHAR                     -- "II. > 2. > * Công tác Tuyên giáo"
);

CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id          VARCHAR NOT NULL,
    para_id         INTEGER NOT NULL,
    section_id      INTEGER,
    source          VARCHAR NOT NULL,       -- body | table | footnote | endnote | textbox
    role            VARCHAR,                -- narrative | heading | letterhead | title | signature | recipients
    footnote_id     INTEGER,                -- for notes: the note's number (order of references)
    anchor_para_id  INTEGER,                -- for notes: paragraph holding the reference mark
    anchor_offset   INTEGER,                -- ... and the mark's character offset there
    table_id        INTEGER,
    row_idx         INTEGER,
    col_idx         INTEGER,
    header          VARCHAR,
    row_header      VARCHAR,
    text            VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS facts (
    doc_id           VARCHAR NOT NULL,
    fact_id          INTEGER NOT NULL,
    para_id          INTEGER NOT NULL,
    section_id       INTEGER,
    kind             VARCHAR NOT NULL,      -- count | fraction | percent | money | range | rate | change
    value            DOUBLE,
    value_text       VARCHAR,
    numerator        DOUBLE,
    denominator      DOUBLE,
    unit             VARCHAR,
    numerator_unit   VARCHAR,
    denominator_unit VARCHAR,
    low              DOUBLE,
    high             DOUBLE,
    qualifier        VARCHAR,               -- '' | gt | ge | lt | le | nearly | approx
    malformed        BOOLEAN,
    percent_of       VARCHAR,               -- target | share | change | ''
    direction        VARCHAR,               -- increase | decrease | ratio | ''
    baseline         VARCHAR,               -- previous_period | same_period | ''
    raw              VARCHAR NOT NULL,
    "start"          INTEGER NOT NULL,      -- character offsets in paragraphs.text
    "end"            INTEGER NOT NULL,
    indicator        VARCHAR,
    indicator_key    VARCHAR
);

CREATE TABLE IF NOT EXISTS fact_links (
    doc_id      VARCHAR NOT NULL,
    src_fact_id INTEGER NOT NULL,
    dst_fact_id INTEGER NOT NULL,
    relation    VARCHAR NOT NULL            -- restates | part_of | breakdown | share_of
);

CREATE TABLE IF NOT EXISTS checks (
    doc_id      VARCHAR NOT NULL,
    check_id    INTEGER NOT NULL,
    kind        VARCHAR NOT NULL,           -- fraction_percent | percent_of_percents | parts_total | shares_sum | table_total | table_percent | table_change | bound | malformed | stated_change | cumulative_drop
    status      VARCHAR NOT NULL,           -- ok | mismatch | warning
    reported    VARCHAR,
    expected    VARCHAR,
    method      VARCHAR,                    -- how an accepted value was rounded: half_up | half_down | truncate | exact | ''
    message     VARCHAR,
    fact_ids    INTEGER[]
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    path    VARCHAR NOT NULL,
    sha256  VARCHAR,
    error   VARCHAR NOT NULL,
    "at"    TIMESTAMP NOT NULL      -- quoted: AT is a keyword in DuckDB 2
);

-- Analyst-editable: map an indicator key (per org) to the series it belongs to.
-- Later ingests and the comparison views respect it.
CREATE TABLE IF NOT EXISTS indicator_map (
    org            VARCHAR NOT NULL,
    indicator_key  VARCHAR NOT NULL,
    series_key     VARCHAR NOT NULL,
    label          VARCHAR,
    PRIMARY KEY (org, indicator_key)
);
