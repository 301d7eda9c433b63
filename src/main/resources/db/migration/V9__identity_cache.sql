-- H2 hands out identity values from a cache of 32 by default, and each time the cache runs out it commits the new
-- high value in a system transaction. With WRITE_DELAY=0 that commit writes every changed page of the store, also
-- those of the page transaction in progress: about a tenth of a backfill's CPU went there. A cache of 1,000 makes
-- that one write per 1,000 rows. After a crash, ids continue after the cached range, so some values are skipped;
-- they stay unique and increasing, which is all the outbox order and the reports rely on.
ALTER TABLE complaint ALTER COLUMN id SET CACHE 1000;
ALTER TABLE status_event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE complaint_message ALTER COLUMN id SET CACHE 1000;
ALTER TABLE outbox_item ALTER COLUMN id SET CACHE 1000;
ALTER TABLE quarantine ALTER COLUMN id SET CACHE 1000;
