-- Status values an upstream sent that the status map names nowhere: one row per
-- source and value, counting the records quarantined for it.
CREATE TABLE IF NOT EXISTS unknown_status (
    source        VARCHAR(32)  NOT NULL,
    status        VARCHAR(200) NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_count    INT          NOT NULL,
    PRIMARY KEY (source, status)
);
