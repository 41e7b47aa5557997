-- Schema version 2: one row per event rather than per mention.
-- Asserted mentions with the same source, target and CAMEO root on the same document date are one
-- event (the date window is the calendar day; undated documents are never merged with others).
-- NULL actors group together: "someone" attacking UKR twice on one day is counted once.

CREATE VIEW events_dedup AS
SELECT
    min(e.event_id)                              AS event_id,
    d.date                                       AS doc_date,
    e.source_code,
    mode(e.source_country)                       AS source_country,
    mode(e.source_sector)                        AS source_sector,
    mode(e.source_text)                          AS source_text,
    e.target_code,
    mode(e.target_country)                       AS target_country,
    mode(e.target_sector)                        AS target_sector,
    mode(e.target_text)                          AS target_text,
    e.cameo_root,
    mode(e.cameo)                                AS cameo,
    mode(e.plover_type)                          AS plover_type,
    mode(e.plover_mode)                          AS plover_mode,
    min(e.quad_class)                            AS quad_class,
    avg(e.goldstein)                             AS goldstein,
    min(e.sentence)                              AS sentence,
    count(*)                                     AS num_mentions,
    count(DISTINCT e.doc_id)                     AS num_articles,
    count(DISTINCT coalesce(d.site, d.url, d.source, d.id)) AS num_sources,
    min(d.inserted_at)                           AS doc_inserted_at,
    arg_min(d.url, e.event_id)                   AS doc_url,
    arg_min(d.source, e.event_id)                AS doc_source,
    list(DISTINCT e.doc_id ORDER BY e.doc_id)    AS doc_ids
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE e.factuality = 'asserted'
GROUP BY coalesce(CAST(d.date AS VARCHAR), e.doc_id), d.date, e.source_code, e.target_code, e.cameo_root;
