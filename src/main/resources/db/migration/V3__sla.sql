-- SLA clocks: one row per complaint, rule and instance (instances count the
-- restarts of a rule, e.g. one per OPD after routing). Steps skipped before
-- they started have no started_at, due_soon_at or deadline. next_alert_at is
-- the earliest due-soon or breach alert still to send, NULL when none is left,
-- so the check reads only the rows that are due.
CREATE TABLE IF NOT EXISTS sla_clock (
    complaint_id        BIGINT      NOT NULL REFERENCES complaint (id),
    rule_id             VARCHAR(64) NOT NULL,
    instance            INT         NOT NULL,
    -- The OPD kode when the row was first written; routing later does not rewrite the history.
    opd_code            VARCHAR(64),
    started_at          TIMESTAMP WITH TIME ZONE,
    due_soon_at         TIMESTAMP WITH TIME ZONE,
    deadline            TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE,
    outcome             VARCHAR(16) NOT NULL,
    due_soon_alerted_at TIMESTAMP WITH TIME ZONE,
    breach_alerted_at   TIMESTAMP WITH TIME ZONE,
    next_alert_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (complaint_id, rule_id, instance),
    CONSTRAINT sla_clock_outcome CHECK (outcome IN ('running', 'met', 'breached', 'skipped'))
);
CREATE INDEX IF NOT EXISTS sla_clock_next_alert ON sla_clock (next_alert_at);

-- How far the SLA check has read complaint.last_changed_at.
CREATE TABLE IF NOT EXISTS sla_watermark (
    name            VARCHAR(64) PRIMARY KEY,
    changed_up_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
