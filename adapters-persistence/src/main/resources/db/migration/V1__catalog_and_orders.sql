-- One migration set for PostgreSQL and for H2 in PostgreSQL mode (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE).
-- Text columns are sized in characters with room for UTF-16 surrogate pairs (H2 counts those twice);
-- the exact limits are enforced by the domain.

CREATE SEQUENCE category_id_seq START WITH 1;
CREATE SEQUENCE call_type_id_seq START WITH 1;
CREATE SEQUENCE call_example_id_seq START WITH 1;
CREATE SEQUENCE talent_id_seq START WITH 1;
CREATE SEQUENCE order_id_seq START WITH 1;

CREATE TABLE category (
    id      BIGINT       NOT NULL PRIMARY KEY,
    name    VARCHAR(510) NOT NULL,
    frozen  BOOLEAN      NOT NULL
);

-- The administrator's priority categories for the quick-order widget, in slots 1..3.
CREATE TABLE quick_order_category (
    slot         INT    NOT NULL PRIMARY KEY CHECK (slot BETWEEN 1 AND 3),
    category_id  BIGINT NOT NULL UNIQUE REFERENCES category (id) ON DELETE CASCADE
);

CREATE TABLE talent (
    id        BIGINT       NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    name_key  VARCHAR(200) NOT NULL UNIQUE,
    critical  BOOLEAN      NOT NULL
);

CREATE TABLE call_type (
    id               BIGINT        NOT NULL PRIMARY KEY,
    category_id      BIGINT        NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    name             VARCHAR(510)  NOT NULL,
    price_minor      BIGINT        NOT NULL CHECK (price_minor > 0),
    currency         CHAR(3)       NOT NULL,
    description      VARCHAR(8000),
    required_gender  VARCHAR(10)   NOT NULL,
    image_url        VARCHAR(2000),
    frozen           BOOLEAN       NOT NULL
);
CREATE INDEX call_type_category_idx ON call_type (category_id);

CREATE TABLE call_type_talent (
    call_type_id  BIGINT NOT NULL REFERENCES call_type (id) ON DELETE CASCADE,
    talent_id     BIGINT NOT NULL REFERENCES talent (id) ON DELETE CASCADE,
    ordinal       INT    NOT NULL,
    PRIMARY KEY (call_type_id, talent_id)
);
CREATE INDEX call_type_talent_talent_idx ON call_type_talent (talent_id);

CREATE TABLE call_example (
    id             BIGINT        NOT NULL PRIMARY KEY,
    call_type_id   BIGINT        NOT NULL REFERENCES call_type (id) ON DELETE CASCADE,
    title          VARCHAR(510)  NOT NULL,
    body           VARCHAR(8000),
    recording_url  VARCHAR(2000),
    frozen         BOOLEAN       NOT NULL
);
CREATE INDEX call_example_call_type_idx ON call_example (call_type_id);

-- Orders keep a snapshot of what they were placed for, so call_type_id has no foreign key:
-- deleting a call type from the catalog must not touch placed orders.
CREATE TABLE orders (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    status              VARCHAR(20)              NOT NULL,
    client_name         VARCHAR(200)             NOT NULL,
    client_name_key     VARCHAR(200)             NOT NULL,
    client_email        VARCHAR(254)             NOT NULL,
    recipient_name      VARCHAR(200)             NOT NULL,
    recipient_name_key  VARCHAR(200)             NOT NULL,
    recipient_phone     VARCHAR(16)              NOT NULL,
    recipient_country   CHAR(2)                  NOT NULL,
    recipient_city      VARCHAR(200)             NOT NULL,
    call_type_id        BIGINT                   NOT NULL,
    call_type_name      VARCHAR(510)             NOT NULL,
    window_start        TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end          TIMESTAMP WITH TIME ZONE NOT NULL,
    preferred_gender    VARCHAR(10)              NOT NULL,
    wishes              VARCHAR(1200),
    anonymous           BOOLEAN                  NOT NULL,
    consented_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    coupon_code         VARCHAR(64),
    price_minor         BIGINT                   NOT NULL CHECK (price_minor >= 0),
    discount_minor      BIGINT                   NOT NULL CHECK (discount_minor >= 0),
    currency            CHAR(3)                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CHECK (window_end > window_start),
    CHECK (discount_minor <= price_minor)
);
-- One index per list filter, each ending in the keyset of the default sort (created_at, id).
CREATE INDEX orders_created_idx          ON orders (created_at, id);
CREATE INDEX orders_window_idx           ON orders (window_start, id);
CREATE INDEX orders_status_created_idx   ON orders (status, created_at, id);
CREATE INDEX orders_status_window_idx    ON orders (status, window_start, id);
CREATE INDEX orders_client_email_idx     ON orders (client_email, created_at, id);
CREATE INDEX orders_client_name_idx      ON orders (client_name_key, created_at, id);
CREATE INDEX orders_recipient_name_idx   ON orders (recipient_name_key, created_at, id);
CREATE INDEX orders_recipient_phone_idx  ON orders (recipient_phone, created_at, id);
CREATE INDEX orders_call_type_idx        ON orders (call_type_id, created_at, id);

CREATE TABLE order_history (
    order_id     BIGINT                   NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    seq          INT                      NOT NULL CHECK (seq >= 1),
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_kind   VARCHAR(10)              NOT NULL,
    actor_id     VARCHAR(254)             NOT NULL,
    kind         VARCHAR(10)              NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)              NOT NULL,
    reason       VARCHAR(4000),
    PRIMARY KEY (order_id, seq)
);
