-- Puts the filing week in front of the LSH band key. With bucket_key first, the band rows of the texts checked
-- in one burst landed all over the B-tree. Nearly every insert then dirtied a leaf page of its own, and every
-- H2 store wrote most of the index again. A 20,000-complaint duplicate check wrote about 650 MB for 8.5 MB of
-- band rows (DedupFileGrowth, see docs/benchmarks.md). Texts checked together are mostly filed in
-- the same week, so their rows now share the pages of that week.
-- filed_week is FLOOR(filed_day / 7), as IndexTables.filedWeek computes it. A lookup reads each week of its
-- window with filed_week = ? AND bucket_key = ?, because H2 2.5.252 seeks only the IN list when a key's first
-- column has one, and reads every row of those weeks.
CREATE TABLE dedup_band_by_week (
    filed_week    INTEGER NOT NULL,
    bucket_key    BIGINT NOT NULL,
    filed_day     INTEGER NOT NULL,
    complaint_id  BIGINT NOT NULL
);

INSERT INTO dedup_band_by_week (filed_week, bucket_key, filed_day, complaint_id)
SELECT CAST(FLOOR(filed_day / 7.0) AS INTEGER), bucket_key, filed_day, complaint_id FROM dedup_band;

DROP TABLE dedup_band;

ALTER TABLE dedup_band_by_week RENAME TO dedup_band;

-- Created after the copy, so that H2 builds the key from sorted rows. It comes after the drop because the old
-- key may already have this name, which BulkIndexLoad gives it.
ALTER TABLE dedup_band ADD CONSTRAINT dedup_band_pk PRIMARY KEY (filed_week, bucket_key, filed_day, complaint_id);
