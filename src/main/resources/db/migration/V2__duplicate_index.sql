-- Duplicate detection index and links. complaint_id and other_id hold complaint.id by value, without
-- foreign keys, so that this index can be rebuilt or dropped without touching the complaint table.

CREATE TABLE IF NOT EXISTS dedup_text (
    complaint_id  BIGINT PRIMARY KEY,
    source        VARCHAR(32),
    upstream_id   VARCHAR(128),
    body_text     CHARACTER VARYING NOT NULL,
    text_hash     BIGINT NOT NULL,
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    opd_code      VARCHAR(64),
    kapanewon     VARCHAR(64),
    category      VARCHAR(64),
    reporter_key  VARCHAR(128),
    location_key  VARCHAR(128),
    shingles      VARBINARY NOT NULL,
    terms         VARBINARY NOT NULL,
    indexed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per LSH band of each text. bucket_key carries the band number in its top 8 bits, and
-- filed_day (days since 1970-01-01, UTC) lets a lookup read only the texts inside the time window, so
-- the primary key is the (band, bucket hash, day) lookup index.
CREATE TABLE IF NOT EXISTS dedup_band (
    bucket_key    BIGINT NOT NULL,
    filed_day     INTEGER NOT NULL,
    complaint_id  BIGINT NOT NULL,
    PRIMARY KEY (bucket_key, filed_day, complaint_id)
);

-- Number of indexed complaints that use each normalized word, to tell stock wording from specific text.
CREATE TABLE IF NOT EXISTS dedup_term (
    term_hash        BIGINT PRIMARY KEY,
    complaint_count  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS duplicate_link (
    complaint_id  BIGINT NOT NULL,
    other_id      BIGINT NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('duplicate', 'similar')),
    reason        VARCHAR(200) NOT NULL,
    linked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (complaint_id, other_id)
);

CREATE INDEX IF NOT EXISTS duplicate_link_other ON duplicate_link (other_id);

-- The parameters the index was built with; a different fingerprint at start triggers a rebuild.
CREATE TABLE IF NOT EXISTS dedup_parameters (
    name         VARCHAR(64) PRIMARY KEY,
    fingerprint  VARCHAR(400) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
