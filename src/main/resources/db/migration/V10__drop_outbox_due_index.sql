-- No query reads outbox_item_due since the claim walks outbox_item_claim (V5) and filters next_attempt_at there.
-- Each outbox insert and each state change kept it up to date, and with WRITE_DELAY=0 every commit writes its
-- changed pages.
DROP INDEX IF EXISTS outbox_item_due;
