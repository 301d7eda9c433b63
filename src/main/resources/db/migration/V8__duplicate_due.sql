-- Complaints waiting for the duplicate check: the store adds a row in the page transaction that inserts or
-- changes a complaint the check covers, and the check deletes it in the transaction that indexes the text.
-- The check reads this short queue instead of joining the whole complaint table to duplicate_check.
-- content_hash is the version queued; the check deletes the row only while it still holds the version it read,
-- so a change stored during a check is checked again.
CREATE TABLE IF NOT EXISTS duplicate_due (
    complaint_id BIGINT PRIMARY KEY,
    content_hash CHAR(64) NOT NULL
);

-- Queue what the join would have found before this migration: complaints never checked or changed since.
INSERT INTO duplicate_due (complaint_id, content_hash)
SELECT c.id, c.content_hash FROM complaint c
LEFT JOIN duplicate_check d ON d.complaint_id = c.id
WHERE (c.source = 'sp4n' OR c.ref_sp4n IS NULL) AND c.body IS NOT NULL
  AND (d.complaint_id IS NULL OR d.content_hash <> c.content_hash)
  AND NOT EXISTS (SELECT 1 FROM duplicate_due q WHERE q.complaint_id = c.id);
