-- Schema version 4: deduplication across articles and days.
-- `event_clusters` maps each asserted mention (events.event_id) to the real-world event it reports
-- (cluster_id: the smallest event_id among the event's mentions).  It is computed in Python
-- (lagebild/store/dedup.py: same dyad and CAMEO root, event dates within a window, compatible
-- places) after every ingest, only for the (source, target, root) blocks that changed.
-- The block key is kept on each row ('' for a missing actor) so that a refresh can find the
-- blocks whose mentions were deleted by a recode.  No primary key: a refresh deletes and
-- re-inserts the same event_ids in one transaction.

CREATE TABLE event_clusters (
    event_id    BIGINT NOT NULL,
    cluster_id  BIGINT NOT NULL,
    rank        INTEGER NOT NULL,   -- the mention's place in its event, 0 = the representative mention
    source_code VARCHAR NOT NULL,
    target_code VARCHAR NOT NULL,
    cameo_root  VARCHAR NOT NULL
);

-- The window the stored clusters were computed with (one row once computed).
CREATE TABLE dedup_state (
    window_days  INTEGER NOT NULL,
    refreshed_at TIMESTAMP NOT NULL
);

-- One row per event (was: per source, target, root and document day in version 2).
DROP VIEW events_dedup;

CREATE VIEW events_dedup AS
WITH m AS (
    SELECT c.cluster_id, c.rank, e.*, d.date AS doc_date, d.site AS doc_site, d.url AS doc_url_, d.source AS doc_source_,
           d.inserted_at AS doc_inserted_at_,
           coalesce(e.date_start, d.date) AS day_start,
           coalesce(e.date_end, e.date_start, d.date) AS day_end
    FROM event_clusters c
    JOIN events e ON e.event_id = c.event_id
    JOIN documents d ON d.id = e.doc_id
)
SELECT
    cluster_id                                       AS event_id,
    min(day_start)                                   AS date_start,
    max(day_end)                                     AS date_end,
    arg_min(date_precision, rank)                    AS date_precision,
    min(doc_date)                                    AS doc_date,
    arg_min(source_code, rank)                       AS source_code,
    arg_min(source_country, rank)                    AS source_country,
    arg_min(source_sector, rank)                     AS source_sector,
    arg_min(source_text, rank)                       AS source_text,
    arg_min(target_code, rank)                       AS target_code,
    arg_min(target_country, rank)                    AS target_country,
    arg_min(target_sector, rank)                     AS target_sector,
    arg_min(target_text, rank)                       AS target_text,
    arg_min(cameo_root, rank)                        AS cameo_root,
    arg_min(cameo, rank)                             AS cameo,
    arg_min(plover_type, rank)                       AS plover_type,
    arg_min(plover_mode, rank)                       AS plover_mode,
    arg_min(quad_class, rank)                        AS quad_class,
    avg(goldstein)                                   AS goldstein,
    min(sentence)                                    AS sentence,
    arg_min(sentence_text, rank)                     AS sentence_text,
    arg_min(location_name, rank) FILTER (WHERE location_name IS NOT NULL)      AS location_name,
    arg_min(location_country, rank) FILTER (WHERE location_name IS NOT NULL)   AS location_country,
    arg_min(location_admin1, rank) FILTER (WHERE location_name IS NOT NULL)    AS location_admin1,
    arg_min(location_lat, rank) FILTER (WHERE location_name IS NOT NULL)       AS location_lat,
    arg_min(location_lon, rank) FILTER (WHERE location_name IS NOT NULL)       AS location_lon,
    count(*)                                         AS num_mentions,
    count(DISTINCT doc_id)                           AS num_articles,
    count(DISTINCT coalesce(doc_site, doc_url_, doc_source_, doc_id)) AS num_sources,
    min(doc_inserted_at_)                            AS doc_inserted_at,
    arg_min(doc_url_, rank)                          AS doc_url,
    arg_min(doc_source_, rank)                       AS doc_source,
    list(DISTINCT doc_id ORDER BY doc_id)            AS doc_ids,
    list(event_id ORDER BY rank)                     AS mention_ids
FROM m
GROUP BY cluster_id;
