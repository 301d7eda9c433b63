-- Lets a claim walk the due items of one destination, action and state in id order and stop after one batch.
-- Without it, every claim of 50 read and sorted the whole backlog, 100,000 items in a backfill.
CREATE INDEX IF NOT EXISTS outbox_item_claim ON outbox_item (destination, action, state, id);
