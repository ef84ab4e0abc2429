-- Idempotency keys of money-moving requests and the first answer given to each (kept at least 24 h).
-- scope = the caller's account and the route, so two callers' keys never meet.
CREATE TABLE idempotency_key (
    scope               VARCHAR(1000)            NOT NULL,
    idem_key            VARCHAR(255)             NOT NULL,
    request_hash        VARCHAR(128)             NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    reply_status        INT,
    reply_content_type  VARCHAR(200),
    reply_body          TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key),
    CHECK (status IN ('IN_PROGRESS', 'DONE')),
    CHECK ((status = 'DONE') = (reply_status IS NOT NULL AND reply_content_type IS NOT NULL AND reply_body IS NOT NULL))
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
