-- solieu period comparison. Run by the store after schema.sql (idempotent).
-- Documented in docs/compare.md.

-- Written by pipeline.compare.assign_series: the automatic series of each fact
-- (method: key = same indicator key, fuzzy = similar key, map = indicator_map row).
CREATE TABLE IF NOT EXISTS fact_series (
    doc_id      VARCHAR NOT NULL,
    fact_id     INTEGER NOT NULL,
    series_key  VARCHAR NOT NULL,
    method      VARCHAR NOT NULL
);

-- Per-fact text features, computed once per document by assign_series:
-- scope = cumulative | period | document (pipeline.indicators.fact_scope),
-- context = content syllables of the clause before the figure (tie-breaker in matching),
-- sentence = those of the whole sentence (matching reworded sentences),
-- phrase = those of the figure's own words (which side of a contrast it names).
CREATE TABLE IF NOT EXISTS fact_context (
    doc_id      VARCHAR NOT NULL,
    fact_id     INTEGER NOT NULL,
    scope       VARCHAR NOT NULL,
    context     VARCHAR,
    sentence    VARCHAR,
    phrase      VARCHAR
);
-- databases made before `phrase` existed: the column is added, its rows computed again
ALTER TABLE fact_context ADD COLUMN IF NOT EXISTS phrase VARCHAR;

-- One row per document: a short sortable period name ("2024-Q2", "2025-08", "2025-H1",
-- "to 2025-09-20") next to the reader's own label.
CREATE OR REPLACE VIEW document_periods AS
SELECT
    d.doc_id, d.org, d.path, d.period_label, d.period_kind, d.period_start, d.period_end,
    d.cumulative,
    coalesce(CASE
        WHEN d.period_kind = 'month' AND d.period_start IS NOT NULL THEN strftime(d.period_start, '%Y-%m')
        WHEN d.period_kind = 'quarter' AND d.period_start IS NOT NULL
            THEN strftime(d.period_start, '%Y') || '-Q' || CAST(quarter(d.period_start) AS VARCHAR)
        WHEN d.period_kind = 'half' AND d.period_end IS NOT NULL
            THEN strftime(d.period_end, '%Y') || CASE WHEN month(d.period_end) <= 6 THEN '-H1' ELSE '-H2' END
        WHEN d.period_kind = 'nine_months' AND d.period_end IS NOT NULL THEN strftime(d.period_end, '%Y') || '-9M'
        WHEN d.period_kind = 'year' AND coalesce(d.period_start, d.period_end) IS NOT NULL
            THEN strftime(coalesce(d.period_start, d.period_end), '%Y')
        WHEN d.period_kind = 'as_of' AND d.period_end IS NOT NULL THEN 'to ' || strftime(d.period_end, '%Y-%m-%d')
        WHEN d.period_start IS NOT NULL AND d.period_end IS NOT NULL
            THEN strftime(d.period_start, '%Y-%m-%d') || '..' || strftime(d.period_end, '%Y-%m-%d')
    END, nullif(d.period_label, ''), d.doc_id) AS period,
    -- two reports of one period (a report and its corrected re-issue): the later one stands
    d.issued_date
FROM documents d;

-- The series of every fact: analyst mapping first, then assign_series, then the raw key
-- (so the views work, unmatched, before assign_series has ever run).
CREATE OR REPLACE VIEW fact_series_keys AS
SELECT
    f.doc_id, f.fact_id, d.org, f.indicator_key,
    coalesce(m.series_key, fs.series_key, f.indicator_key) AS series_key,
    CASE WHEN m.series_key IS NOT NULL THEN 'map' ELSE coalesce(fs.method, 'key') END AS method,
    m.label AS map_label,
    coalesce(fc.scope, 'document') AS scope
FROM facts f
JOIN documents d ON d.doc_id = f.doc_id
LEFT JOIN indicator_map m ON m.org = coalesce(d.org, '') AND m.indicator_key = f.indicator_key
LEFT JOIN fact_series fs ON fs.doc_id = f.doc_id AND fs.fact_id = f.fact_id
LEFT JOIN fact_context fc ON fc.doc_id = f.doc_id AND fc.fact_id = f.fact_id
WHERE coalesce(f.indicator_key, '') <> ''
  AND f.kind <> 'change' AND coalesce(f.percent_of, '') <> 'change';

-- One row per (series, document). When a series occurs more than once in a document the
-- representative is the fact whose scope agrees with the document's cumulative flag, then
-- the first one in reading order.
CREATE OR REPLACE VIEW indicator_series AS
WITH x AS (
    SELECT
        k.series_key, f.indicator, coalesce(p.org, '') AS org, p.period, p.period_label, p.period_kind,
        p.period_start, p.period_end,
        CASE k.scope WHEN 'cumulative' THEN TRUE WHEN 'period' THEN FALSE ELSE p.cumulative END AS cumulative,
        -- the date the figure counts from: the document's start for single-period figures and for
        -- documents that are cumulative as a whole; unknown for a running total named in the text
        -- of a single-period document ("tính đến nay" may count from any date)
        -- a quarterly or monthly report whose figures are cumulative (its results heading reads
        -- "6 tháng đầu năm") counts from 1 January, not from the start of its quarter
        CASE WHEN k.scope = 'period' OR NOT coalesce(p.cumulative, FALSE) AND k.scope = 'document' THEN p.period_start
             WHEN p.cumulative AND k.scope = 'document' THEN
                  CASE WHEN p.period_kind IN ('quarter', 'month') AND p.period_end IS NOT NULL
                       THEN make_date(year(p.period_end), 1, 1) ELSE p.period_start END
        END AS counts_from,
        -- a fraction's series value is its numerator (the count), not the ratio
        k.scope, f.kind, CASE WHEN f.kind = 'fraction' THEN f.numerator ELSE f.value END AS value,
        f.value_text,   -- for a fraction, the numerator as written
        f.denominator, f.unit, f.doc_id, p.path, f.fact_id, f.para_id, f.raw,
        k.method, k.map_label, p.issued_date,
        row_number() OVER (
            PARTITION BY coalesce(p.org, ''), k.series_key, f.doc_id
            ORDER BY (CASE k.scope WHEN 'cumulative' THEN TRUE WHEN 'period' THEN FALSE ELSE p.cumulative END)
                     IS NOT DISTINCT FROM p.cumulative DESC,
                     f.para_id, f."start", f.fact_id) AS rn
    FROM fact_series_keys k
    JOIN facts f ON f.doc_id = k.doc_id AND f.fact_id = k.fact_id
    JOIN document_periods p ON p.doc_id = f.doc_id
)
SELECT
    series_key,
    -- the analyst's label, else the fullest wording the series was found under
    coalesce(max(map_label) OVER (PARTITION BY org, series_key),
             arg_max(indicator, lpad(CAST(length(indicator) AS VARCHAR), 6, '0') || indicator)
                 OVER (PARTITION BY org, series_key)) AS label,
    indicator, org, period, period_label, period_kind, period_start, period_end, cumulative,
    counts_from, scope,
    kind, value, value_text, denominator, unit, doc_id, path, fact_id, para_id, raw, method, issued_date
FROM x
WHERE rn = 1;

-- Each series value next to the previous one (ordered by period end). comparable is false,
-- with a note, when a cumulative figure meets a single-period one, when single periods
-- overlap or leave a gap, or when kinds/units differ.
CREATE OR REPLACE VIEW period_changes AS
WITH s AS (
    SELECT *,
        lag(value)        OVER w AS previous_value,
        lag(period)       OVER w AS previous_period,
        lag(doc_id)       OVER w AS previous_doc_id,
        lag(fact_id)      OVER w AS previous_fact_id,
        lag(period_kind)  OVER w AS previous_kind,
        lag(period_start) OVER w AS previous_start,
        lag(period_end)   OVER w AS previous_end,
        lag(cumulative)   OVER w AS previous_cumulative,
        lag(counts_from)  OVER w AS previous_counts_from,
        lag(unit)         OVER w AS previous_unit
    FROM indicator_series
    WHERE period_end IS NOT NULL
    -- of two reports of one period the later issued comes last: the next report is read against it
    WINDOW w AS (PARTITION BY org, series_key ORDER BY period_end, period_start NULLS FIRST,
                                                     issued_date NULLS FIRST, doc_id)
), n AS (
    SELECT *,
        CASE
            WHEN coalesce(unit, '') <> coalesce(previous_unit, '') THEN 'units differ'
            WHEN period_end <= previous_end THEN 'same or overlapping period'
            -- Q1 -> 6 months -> 9 months -> year all count from 1 January: running totals
            WHEN counts_from IS NOT NULL AND counts_from = previous_counts_from
                 AND (cumulative OR previous_cumulative) THEN ''
            WHEN cumulative IS NULL OR previous_cumulative IS NULL THEN 'cumulative flag unknown'
            WHEN cumulative <> previous_cumulative THEN 'mixes cumulative and single-period figures'
            WHEN cumulative AND counts_from IS NOT NULL AND previous_counts_from IS NOT NULL
                 THEN 'cumulative figures counted from different starts'
            WHEN cumulative THEN ''
            WHEN period_start IS NULL OR previous_start IS NULL THEN 'period start unknown'
            WHEN period_kind <> previous_kind THEN 'different period kinds'
            WHEN period_start <= previous_end THEN 'periods overlap'
            WHEN period_start > previous_end + INTERVAL 1 DAY THEN 'periods not consecutive'
            ELSE ''
        END AS note
    FROM s
    WHERE previous_doc_id IS NOT NULL
)
SELECT
    series_key, label, org, period, period_kind, period_start, period_end, cumulative,
    kind, value, value_text, unit, doc_id, fact_id,
    previous_value, previous_period, previous_end AS previous_period_end, previous_doc_id, previous_fact_id,
    value - previous_value AS absolute_change,
    CASE WHEN previous_value <> 0 THEN (value - previous_value) / abs(previous_value) END AS relative_change,
    note = '' AS comparable,
    note = '' AND (cumulative OR previous_cumulative) AS running_total,
    CASE WHEN note = '' AND (cumulative OR previous_cumulative)
         THEN 'running totals: the change is what happened between the two dates'
         ELSE note END AS note
FROM n;
