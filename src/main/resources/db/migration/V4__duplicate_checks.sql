-- Which version of each stored complaint the duplicate check has seen, so that the check job reads only
-- complaints that are new or changed since.
CREATE TABLE IF NOT EXISTS duplicate_check (
    complaint_id BIGINT PRIMARY KEY,
    content_hash CHAR(64) NOT NULL,
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
