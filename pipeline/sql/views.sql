-- solieu analyst views. Recreated on every writable open; documented in docs/schema.md.

-- The sentence of `txt` around the characters [s, e) (0-based offsets, as stored in facts).
-- A sentence ends at . ! ? ; followed by a space: "16.511" and "70,87" do not end one.
CREATE OR REPLACE MACRO sentence_at(txt, s, e) AS
    trim(
        coalesce(nullif(regexp_extract(substr(txt, 1, s), '^.*[.!?;]\s+(.*)$', 1), ''),
                 CASE WHEN regexp_matches(substr(txt, 1, s), '^.*[.!?;]\s+$') THEN ''
                      ELSE substr(txt, 1, s) END)
        || substr(txt, s + 1, e - s)
        || coalesce(nullif(regexp_extract(substr(txt, e + 1), '^(.*?[.!?;])(\s|$)', 1), ''),
                    substr(txt, e + 1))
    );

-- Every fact with its document (period, org, file), section and paragraph.
CREATE OR REPLACE VIEW fact_view AS
SELECT
    f.doc_id, d.org, d.doc_type, d.doc_number, d.title,
    d.period_label, d.period_kind, d.period_start, d.period_end, d.cumulative, d.issued_date,
    d.path AS doc_path,
    f.fact_id, f.para_id, p.source, p.footnote_id, p.table_id, p.row_idx, p.col_idx,
    p.header AS cell_header, p.row_header,
    f.section_id, s.label AS section_label, s.heading AS section_heading, s.path AS section_path,
    f.kind, f.value, f.value_text, f.unit, f.numerator, f.denominator,
    f.numerator_unit, f.denominator_unit, f.low, f.high, f.qualifier, f.malformed,
    f.percent_of, f.direction, f.baseline,
    f.raw, f."start", f."end", f.indicator, f.indicator_key,
    sentence_at(p.text, f."start", f."end") AS sentence
FROM facts f
JOIN documents d USING (doc_id)
LEFT JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
LEFT JOIN sections s ON s.doc_id = f.doc_id AND s.section_id = f.section_id;

-- One row per document: what it is and how much the pipeline found in it.
CREATE OR REPLACE VIEW document_summary AS
SELECT
    d.doc_id, d.path, d.org, d.doc_type, d.doc_number, d.title,
    d.period_label, d.period_kind, d.period_start, d.period_end, d.cumulative, d.issued_date,
    (SELECT count(*) FROM files x WHERE x.doc_id = d.doc_id) AS n_paths,
    (SELECT count(*) FROM sections x WHERE x.doc_id = d.doc_id AND x.section_id > 0) AS n_sections,
    (SELECT count(*) FROM paragraphs x WHERE x.doc_id = d.doc_id) AS n_paragraphs,
    (SELECT count(*) FROM facts x WHERE x.doc_id = d.doc_id) AS n_facts,
    (SELECT count(*) FROM checks x WHERE x.doc_id = d.doc_id) AS n_checks,
    (SELECT count(*) FROM checks x WHERE x.doc_id = d.doc_id AND x.status = 'mismatch') AS n_mismatch,
    (SELECT count(*) FROM checks x WHERE x.doc_id = d.doc_id AND x.status = 'warning') AS n_warning,
    d.ingested_at
FROM documents d;

-- Checks that did not pass, with the document, the section and the sentence of their
-- first fact (the facts involved are all in fact_ids).
CREATE OR REPLACE VIEW flagged_checks AS
SELECT
    c.doc_id, d.org, d.period_label, d.path AS doc_path,
    c.check_id, c.kind, c.status, c.reported, c.expected, c.method, c.message, c.fact_ids,
    f.para_id, p.source, s.path AS section_path, s.heading AS section_heading,
    f.raw AS first_fact,
    sentence_at(p.text, f."start", f."end") AS sentence
FROM checks c
JOIN documents d USING (doc_id)
LEFT JOIN facts f ON f.doc_id = c.doc_id AND f.fact_id = c.fact_ids[1]
LEFT JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
LEFT JOIN sections s ON s.doc_id = f.doc_id AND s.section_id = f.section_id
WHERE c.status <> 'ok';
