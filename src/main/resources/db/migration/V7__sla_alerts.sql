-- The SLA check reads the complaints changed since its watermark; without this index that read scans
-- the whole complaint table on every check.
CREATE INDEX IF NOT EXISTS complaint_last_changed ON complaint (last_changed_at);

-- When the check noted that a clock ended after its deadline (one INFO line on the SLA log).
ALTER TABLE sla_clock ADD COLUMN IF NOT EXISTS late_end_noted_at TIMESTAMP WITH TIME ZONE;

-- One row per breach alert sent: a complaint's rule misses a given deadline once. The primary key
-- keeps a rerun, or a check restarted in the middle of a scan, from recording the same breach twice.
CREATE TABLE IF NOT EXISTS sla_breach (
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id),
    rule_id      VARCHAR(64) NOT NULL,
    deadline     TIMESTAMP WITH TIME ZONE NOT NULL,
    instance     INT         NOT NULL,
    opd_code     VARCHAR(64),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (complaint_id, rule_id, deadline)
);
