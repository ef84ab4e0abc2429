-- Coupons and settings. Single activation is decided here, by the database:
--  * a single-use coupon is claimed by a conditional UPDATE (... WHERE used_order_id IS NULL);
--  * a super coupon is used once per client by the primary key of super_coupon_use (no foreign key:
--    a use racing with the coupon's deletion must not abort the order's transaction; deletions
--    remove the uses themselves);
--  * a limited super coupon counts its uses with a conditional UPDATE (uses < total_limit);
--    an unlimited one never touches a shared counter row (no hot row under load);
--  * a repeat-order coupon is granted once per paid order by a unique index.

CREATE SEQUENCE coupon_id_seq START WITH 1;
CREATE SEQUENCE coupon_group_id_seq START WITH 1;

CREATE TABLE coupon_group (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)              NOT NULL,
    percent     INT                      NOT NULL,
    comment     VARCHAR(1000)            NOT NULL,
    generated_count INT                  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE coupon (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    code                  VARCHAR(64)              NOT NULL,
    kind                  VARCHAR(20)              NOT NULL,
    percent               INT                      NOT NULL,
    group_id              BIGINT                   REFERENCES coupon_group (id) ON DELETE CASCADE,
    holder_account_id     BIGINT,
    expires_at            TIMESTAMP WITH TIME ZONE,
    total_limit           INT,
    uses                  INT                      NOT NULL, -- counted for limited super coupons only
    used_order_id         BIGINT,
    used_by_account_id    BIGINT,
    used_at               TIMESTAMP WITH TIME ZONE,
    granted_for_order_id  BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (total_limit IS NULL OR uses <= total_limit),
    CHECK (percent BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX coupon_code_uq ON coupon (code);
CREATE UNIQUE INDEX coupon_granted_for_uq ON coupon (granted_for_order_id);
CREATE INDEX coupon_group_idx ON coupon (group_id, id);
CREATE INDEX coupon_holder_idx ON coupon (holder_account_id, id);
CREATE INDEX coupon_used_by_idx ON coupon (used_by_account_id, id);

CREATE TABLE super_coupon_use (
    coupon_id   BIGINT                   NOT NULL,
    account_id  BIGINT                   NOT NULL,
    order_id    BIGINT                   NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (coupon_id, account_id)
);

CREATE TABLE setting (
    name           VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(1000) NOT NULL
);

-- The order's price snapshot now names its coupon (code, kind, percent) and when it was first paid.
-- Codes typed before coupons existed were never applied: they are dropped.
UPDATE orders SET coupon_code = NULL;
ALTER TABLE orders ADD COLUMN coupon_kind VARCHAR(20);
ALTER TABLE orders ADD COLUMN coupon_percent INT;
ALTER TABLE orders ADD COLUMN first_paid_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX orders_owner_paid_idx ON orders (owner_account_id, first_paid_at);
