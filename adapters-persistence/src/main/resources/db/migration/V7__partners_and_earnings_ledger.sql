-- The partner programme, saved card tokens, and operators' earnings and payouts on the ledger.
-- As in V3..V6: no foreign keys, and every race is decided by a primary key or unique index that an
-- INSERT ... ON CONFLICT DO NOTHING meets without aborting the caller's transaction.

-- An account of role PARTNER enrolled in the programme. commission_percent NULL = the global setting.
CREATE TABLE partner (
    account_id          BIGINT                   NOT NULL PRIMARY KEY,
    referral_code       VARCHAR(32)              NOT NULL UNIQUE,
    commission_percent  INT                      CHECK (commission_percent BETWEEN 1 AND 100),
    since               TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which partner a client came through: once per client, the first attribution wins.
CREATE TABLE partner_client (
    client_id      BIGINT                   NOT NULL PRIMARY KEY,
    partner_id     BIGINT                   NOT NULL,
    attributed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX partner_client_partner_idx ON partner_client (partner_id, attributed_at);

-- What each commission was computed from (its money is the ledger movement of the same key).
CREATE TABLE partner_commission (
    movement_key  VARCHAR(400)             NOT NULL PRIMARY KEY,
    partner_id    BIGINT                   NOT NULL,
    client_id     BIGINT                   NOT NULL,
    order_id      BIGINT                   NOT NULL,
    paid_minor    BIGINT                   NOT NULL CHECK (paid_minor > 0),
    percent       INT                      NOT NULL CHECK (percent BETWEEN 1 AND 100),
    amount_minor  BIGINT                   NOT NULL CHECK (amount_minor > 0),
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX partner_commission_partner_idx ON partner_commission (partner_id, at);

-- The banner catalogue partners choose from, grouped by size.
CREATE SEQUENCE banner_id_seq START WITH 1;
CREATE TABLE banner (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    width       INT                      NOT NULL CHECK (width > 0),
    height      INT                      NOT NULL CHECK (height > 0),
    image_url   VARCHAR(2000)            NOT NULL,
    title       VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A client's card at a gateway, as the gateway's token, for charging later orders; one per gateway.
CREATE TABLE saved_card (
    client_id         BIGINT                   NOT NULL,
    gateway           VARCHAR(200)             NOT NULL,
    token             VARCHAR(500)             NOT NULL,
    from_transaction  VARCHAR(400)             NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, gateway)
);

-- Earnings and payouts recorded before this version, put on the ledger with the movements the
-- application now posts (LedgeredEarnings), so balances and the integrity check agree from here on.
INSERT INTO ledger_movement (movement_key, cause, cause_ref, at)
SELECT 'earning:' || entry_key, 'EARNING', CAST(order_id AS VARCHAR(40)), at FROM earning_entry WHERE amount_minor <> 0;
INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT 'earning:' || entry_key, 'operator:' || CAST(operator_id AS VARCHAR(40)), amount_minor, 'EARNING',
       CAST(order_id AS VARCHAR(40)), at
FROM earning_entry WHERE amount_minor <> 0;
INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT 'earning:' || entry_key, CASE WHEN kind = 'FEE' THEN 'system:operator-fees' ELSE 'system:penalties' END,
       -amount_minor, 'EARNING', CAST(order_id AS VARCHAR(40)), at
FROM earning_entry WHERE amount_minor <> 0;

INSERT INTO ledger_movement (movement_key, cause, cause_ref, at)
SELECT 'payout:' || CAST(id AS VARCHAR(40)), 'PAYOUT', CAST(id AS VARCHAR(40)), created_at FROM payout_request;
INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT 'payout:' || CAST(id AS VARCHAR(40)), 'operator:' || CAST(payee_id AS VARCHAR(40)), -amount_minor, 'PAYOUT',
       CAST(id AS VARCHAR(40)), created_at
FROM payout_request;
INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT 'payout:' || CAST(id AS VARCHAR(40)), 'system:payouts-processing', amount_minor, 'PAYOUT', CAST(id AS VARCHAR(40)),
       created_at
FROM payout_request;

INSERT INTO ledger_movement (movement_key, cause, cause_ref, at)
SELECT 'payout-' || LOWER(status) || ':' || CAST(id AS VARCHAR(40)), 'PAYOUT', CAST(id AS VARCHAR(40)), updated_at
FROM payout_request WHERE status IN ('CANCELLED', 'TRANSFERRED');
INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT 'payout-' || LOWER(status) || ':' || CAST(id AS VARCHAR(40)), 'system:payouts-processing', -amount_minor, 'PAYOUT',
       CAST(id AS VARCHAR(40)), updated_at
FROM payout_request WHERE status IN ('CANCELLED', 'TRANSFERRED');
INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT 'payout-' || LOWER(status) || ':' || CAST(id AS VARCHAR(40)),
       CASE WHEN status = 'CANCELLED' THEN 'operator:' || CAST(payee_id AS VARCHAR(40)) ELSE 'system:payouts-transferred' END,
       amount_minor, 'PAYOUT', CAST(id AS VARCHAR(40)), updated_at
FROM payout_request WHERE status IN ('CANCELLED', 'TRANSFERRED');

-- The accounts above are all new to the ledger, so their kept balances are plain sums.
INSERT INTO ledger_balance (account_key, balance_minor)
SELECT account_key, SUM(amount_minor) FROM ledger_entry
WHERE account_key LIKE 'operator:%'
   OR account_key IN ('system:operator-fees', 'system:penalties', 'system:payouts-processing', 'system:payouts-transferred')
GROUP BY account_key;
