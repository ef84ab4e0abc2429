-- ordercore bench data: N call orders (default 1,000,000) with their clients, points, operators,
-- catalog, coupons, status history, payments and ledger, consistent with what the application
-- writes. Run it on a database whose schema is migrated (ordercore db migrate, or serve once):
--
--   psql -h HOST -p PORT -U USER -d DB -v orders=N -f bench/data/generate.sql
--
-- Optional: -v seed=S (integer, default 1; same seed and same starting database -> same data),
--           -v now=2026-11-24T00:00:00Z (the generated "present"; default: the server's now()).
-- Adds to what is there: ids come from the application's sequences, which end up past every
-- generated id, so the service keeps inserting afterwards. One transaction: all or nothing. Run it
-- while the service is stopped or idle (it drops and rebuilds the secondary indexes of orders,
-- payment and ledger_entry when they hold fewer rows than it adds, holding their locks meanwhile).
-- Every generated account's password is "bench-password-1".
\set ON_ERROR_STOP on
\set QUIET on
\if :{?orders}
\else
  \set orders 1000000
\endif
\if :{?seed}
\else
  \set seed 1
\endif
\if :{?now}
\else
  SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS now \gset
\endif

SET client_min_messages = warning;
SET timezone = 'UTC';
SET synchronous_commit = off;
SET jit = off;  -- compiling these long expressions costs far more than it saves
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET temp_buffers = '1GB';

DO $$ BEGIN
    IF to_regclass('orders') IS NULL OR to_regclass('ledger_entry') IS NULL OR to_regclass('idempotency_key') IS NULL THEN
        RAISE EXCEPTION 'ordercore schema not found: run "ordercore db migrate" (or start the service once) first';
    END IF;
END $$;

SELECT :orders::bigint AS n,
       greatest(1, :orders::bigint / 20) AS nclients,
       greatest(2, least(100, :orders::bigint / 50000)) AS npoints,
       greatest(5, :orders::bigint / 2000) AS noperators,
       :'now'::timestamptz AS t_now,
       clock_timestamp() AS started \gset
\echo generating :n orders, :nclients clients, :npoints points, :noperators operators; now = :t_now, seed = :seed

BEGIN;

-- Pseudo-random numbers in [0, 1) keyed by (row, purpose) and the seed: the same row gets the same
-- value whatever order rows are produced in. hashint8 is PostgreSQL's own (stable) integer hash.
SELECT format($f$
CREATE FUNCTION pg_temp.r(i bigint, k int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
'SELECT (hashint8(i * 128 + k + %s::bigint * 1000000007) & 2147483647)::double precision / 2147483648.0'
$f$, :seed) \gexec

-- A 12-character code from the coupon alphabet (31 letters and digits without look-alikes), a
-- bijection of the order id modulo 31^12 (31^12 = 787662783788549761), so codes never repeat.
CREATE FUNCTION pg_temp.coupon_code(id bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789',
                             ((x / (31::numeric ^ j)::bigint) % 31)::int + 1, 1), '' ORDER BY j)
    FROM (SELECT ((id::numeric * 489133282872437279 + 104729) % 787662783788549761)::bigint AS x) v, generate_series(0, 11) j
$$;

CREATE FUNCTION pg_temp.rub(minor bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (minor::numeric / 100)::numeric(20, 2)::text || ' RUB'
$$;

-- ---------------------------------------------------------------------------------------------
-- Ids: blocks taken from the application's sequences (setval past the block), so nothing collides
-- with rows the service made before and the service continues after the block.
SELECT nextval('order_id_seq') AS order_base \gset
SELECT setval('order_id_seq', :order_base + :n - 1) \g /dev/null
SELECT nextval('account_id_seq') AS account_base \gset
SELECT setval('account_id_seq', :account_base + 3 + :npoints + :noperators + :nclients - 1) \g /dev/null
SELECT nextval('point_id_seq') AS point_base \gset
SELECT setval('point_id_seq', :point_base + :npoints - 1) \g /dev/null
SELECT nextval('category_id_seq') AS category_base \gset
SELECT setval('category_id_seq', :category_base + 7) \g /dev/null
SELECT nextval('call_type_id_seq') AS call_type_base \gset
SELECT setval('call_type_id_seq', :call_type_base + 39) \g /dev/null
SELECT nextval('coupon_group_id_seq') AS coupon_group_base \gset
SELECT setval('coupon_group_id_seq', :coupon_group_base + 2) \g /dev/null
-- Payment ids follow the order's position (a payment per paid order, gaps for the unpaid ones).
SELECT nextval('payment_id_seq') AS payment_base \gset
SELECT setval('payment_id_seq', :payment_base + :n - 1) \g /dev/null
SELECT coalesce((SELECT min(id) FROM point), :point_base) AS default_point,
       coalesce((SELECT setting_value::int FROM setting WHERE name = 'payments.bonus-percent'), 5) AS bonus_percent \gset

-- ---------------------------------------------------------------------------------------------
SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] catalog, points, staff, operators, clients
INSERT INTO category (id, name, frozen)
SELECT :category_base + c - 1,
       (ARRAY['Birthday greetings', 'Anniversaries', 'New Year', 'Weddings', 'Corporate greetings',
              'For children', 'Professional holidays', 'Friendly pranks'])[c], false
FROM generate_series(1, 8) c;

CREATE TEMP TABLE gen_call_type AS
SELECT t AS ord,
       :call_type_base + t - 1 AS id,
       :category_base + (t - 1) / 5 AS category_id,
       (ARRAY['Birthday greetings', 'Anniversaries', 'New Year', 'Weddings', 'Corporate greetings',
              'For children', 'Professional holidays', 'Friendly pranks'])[(t - 1) / 5 + 1]
           || ': ' || (ARRAY['classic', 'in verse', 'with a song', 'in a famous voice', 'short'])[(t - 1) % 5 + 1] AS name,
       100 * (ARRAY[300, 400, 500, 590, 700, 800, 990, 1200, 1500, 1990, 2500, 3500, 5000])[1 + (t * 7) % 13]::bigint AS price_minor
FROM generate_series(1, 40) t;

INSERT INTO call_type (id, category_id, name, price_minor, currency, description, required_gender, image_url, frozen)
SELECT id, category_id, name, price_minor, 'RUB', 'Generated for benchmarks.', 'ANY', NULL, false FROM gen_call_type;
-- The same as arrays in one row: looked up by subscript, orders keep their creation order (a join may not).
CREATE TEMP TABLE gen_call_types AS
SELECT array_agg(id ORDER BY ord) AS ids, array_agg(name ORDER BY ord) AS names,
       array_agg(price_minor ORDER BY ord) AS prices
FROM gen_call_type;

INSERT INTO point (id, name, address, contacts, description)
SELECT :point_base + p - 1,
       'Point ' || p || ' ' || (ARRAY['North', 'South', 'East', 'West', 'Centre'])[1 + p % 5],
       (ARRAY['Moscow', 'Saint Petersburg', 'Kazan', 'Novosibirsk', 'Yekaterinburg'])[1 + p % 5] || ', Lenina st. ' || p,
       '+7 495 000-' || lpad(p::text, 2, '0') || '-00, point' || p || '@example.com', NULL
FROM generate_series(1, :npoints) p;

-- Accounts: 3 staff, a manager per point, operators, clients (ids in that order).
CREATE TEMP TABLE gen_name AS
SELECT (ARRAY['Ivan', 'Alexey', 'Dmitry', 'Sergey', 'Andrey', 'Mikhail', 'Nikolai', 'Pavel', 'Artem', 'Roman',
              'Oleg', 'Igor', 'Kirill', 'Maxim', 'Denis']) AS male,
       (ARRAY['Maria', 'Olga', 'Anna', 'Elena', 'Natalia', 'Tatiana', 'Irina', 'Svetlana', 'Ekaterina', 'Yulia',
              'Daria', 'Polina', 'Vera', 'Ksenia', 'Alina']) AS female,
       -- female forms add an "a": Ivanov -> Ivanova
       (ARRAY['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov',
              'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov',
              'Stepanov', 'Nikolaev', 'Orlov', 'Andreev', 'Makarov', 'Nikitin', 'Zakharov', 'Zaitsev', 'Soloviev',
              'Borisov', 'Yakovlev', 'Grigoriev', 'Romanov', 'Vorobiev', 'Sergeev', 'Kuzmin', 'Frolov',
              'Alexandrov', 'Dmitriev', 'Korolev', 'Gusev', 'Kiselev']) AS last,
       (ARRAY['example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example.org']) AS domain;

CREATE FUNCTION pg_temp.person(i bigint, k int, male text[], female text[], last text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN pg_temp.r(i, k) < 0.5
                THEN female[1 + floor(pg_temp.r(i, k + 1) * 15)::int] || ' ' || last[1 + floor(pg_temp.r(i, k + 2) * 40)::int] || 'a'
                ELSE male[1 + floor(pg_temp.r(i, k + 1) * 15)::int] || ' ' || last[1 + floor(pg_temp.r(i, k + 2) * 40)::int] END
$$;

CREATE TEMP TABLE gen_client AS
SELECT k, id, name, lower(replace(name, ' ', '.')) || id || '@' || domain AS email, point_id, language
FROM (
    SELECT k, :account_base + 3 + :npoints + :noperators + k - 1 AS id,
           pg_temp.person(k, 100, male, female, last) AS name,
           domain[1 + floor(pg_temp.r(k, 102) * 5)::int] AS domain,
           CASE WHEN pg_temp.r(k, 103) < 0.25 THEN :default_point
                ELSE :point_base + floor(power(pg_temp.r(k, 104), 1.5) * :npoints)::bigint END AS point_id,
           CASE WHEN pg_temp.r(k, 105) < 0.1 THEN 'EN' ELSE 'RU' END AS language
    FROM generate_series(1, :nclients) k, gen_name
) c;
CREATE UNIQUE INDEX ON gen_client (k);
ANALYZE gen_client;

CREATE TEMP TABLE gen_operator AS
SELECT j, id, name, lower(replace(name, ' ', '.')) || id || '@staff.example.com' AS email, gender
FROM (
    SELECT j, :account_base + 3 + :npoints + j - 1 AS id,
           pg_temp.person(j, 110, male, female, last) AS name,
           CASE WHEN pg_temp.r(j, 110) < 0.5 THEN 'FEMALE' ELSE 'MALE' END AS gender
    FROM generate_series(1, :noperators) j, gen_name
) o;
CREATE UNIQUE INDEX ON gen_operator (j);
ANALYZE gen_operator;

CREATE TEMP TABLE gen_staff AS
SELECT s, :account_base + s - 1 AS id,
       (ARRAY['ADMIN', 'SUPERVISOR', 'SITE_MANAGER'])[s] AS role,
       (ARRAY['Bench Admin', 'Bench Supervisor', 'Bench Site Manager'])[s] AS name,
       (ARRAY['admin', 'supervisor', 'sitemanager'])[s] || (:account_base + s - 1) || '@staff.example.com' AS email
FROM generate_series(1, 3) s;

-- The hash of "bench-password-1" (argon2id, as the service writes it); sign-in works with it.
\set pw_hash '$argon2id$v=19$m=19456,t=2,p=1$ao8iFCLrTTUi3Nqo60olFA$W25dGbqplZqSwD8c9KsoMHH7h1sWValwUMsI0fb2fY8'
SELECT :'t_now'::timestamptz - interval '730 days' AS t0 \gset

INSERT INTO account (id, email, name, role, point_id, password_hash, credentials_version, failed_sign_ins, locked_until,
                     blocked, language, created_at, version)
SELECT id, email, name, role, NULL::bigint, :'pw_hash', 1, 0, NULL::timestamptz, false, 'EN', (:'t0'::timestamptz) - interval '1 day', 1 FROM gen_staff
UNION ALL
SELECT :account_base + 3 + p - 1, 'manager' || (:account_base + 3 + p - 1) || '@staff.example.com', 'Manager of point ' || p,
       'POINT_MANAGER', :point_base + p - 1, :'pw_hash', 1, 0, NULL, false, 'RU', (:'t0'::timestamptz) - interval '1 day', 1
FROM generate_series(1, :npoints) p
UNION ALL
SELECT id, email, name, 'OPERATOR', NULL, :'pw_hash', 1, 0, NULL, false, 'RU', (:'t0'::timestamptz) - interval '1 day' + j * interval '1 hour', 1
FROM gen_operator;

-- ---------------------------------------------------------------------------------------------
SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] orders: creation times
-- Creation times over the last 2 years, the density growing 4x from the oldest day to today, in
-- Moscow daytime mostly (08:00-23:00 peaking mid-afternoon, 5% at any hour); ids follow creation.
CREATE TEMP TABLE gen_time AS
SELECT i, created_at, row_number() OVER (ORDER BY created_at, i) AS n
FROM (
    SELECT i, CASE WHEN c > :'t_now'::timestamptz THEN c - interval '1 day' ELSE c END AS created_at
    FROM (
        SELECT i, (((((:'t0'::timestamptz) AT TIME ZONE 'Europe/Moscow')::date
                     + floor(730 * ln(1 + 3 * pg_temp.r(i, 0)) / ln(4))::int)::timestamp
                    + interval '1 hour' * CASE WHEN pg_temp.r(i, 3) < 0.05 THEN 24 * pg_temp.r(i, 1)
                                               ELSE 8 + 15 * (pg_temp.r(i, 1) + pg_temp.r(i, 2)) / 2 END)
                   AT TIME ZONE 'Europe/Moscow') AS c
        FROM generate_series(1, :n) i
    ) x
) y
ORDER BY n;
ANALYZE gen_time;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] orders: staging
-- Everything about an order, including when each step of its history happened. path says how it
-- got to its status: U unpaid; XU cancelled unpaid; P paid; OP proposed; IP in progress;
-- C completed; FN failed (no operator); FC failed (in progress, no call); XP cancelled after payment;
-- E error after payment.
-- (OFFSET 0 keeps each layer from being folded into the next, so every value is computed once.)
CREATE TEMP TABLE gen_order AS
WITH r AS (
    SELECT t.*, pg_temp.r(t.i, 12) AS r12, pg_temp.r(t.i, 13) AS r13, pg_temp.r(t.i, 20) AS r20,
           pg_temp.r(t.i, 22) AS r22, pg_temp.r(t.i, 52) AS r52
    FROM gen_time t
    OFFSET 0
), a AS (
    SELECT t.i, t.n, t.r20, t.r22, t.r52, :order_base + t.n - 1 AS id, t.created_at,
           1 + floor(power(pg_temp.r(t.i, 10), 1.6) * :nclients)::bigint AS k,
           1 + floor(power(pg_temp.r(t.i, 11), 2) * 40)::int AS ct,
           1 + floor(pg_temp.r(t.i, 40) * :noperators)::bigint AS j,
           CASE WHEN t.r12 < 0.20 THEN 0
                WHEN t.r12 < 0.45 THEN 1
                WHEN t.r12 < 0.80 THEN 2 + floor(t.r13 * 6)::int
                ELSE 8 + floor(t.r13 * 23)::int END AS lead_days,
           (9 * 60 + 30 * floor(pg_temp.r(t.i, 14) * 24)::int) * interval '1 minute' AS start_local,
           (ARRAY[60, 60, 120, 120, 180])[1 + floor(pg_temp.r(t.i, 15) * 5)::int] * interval '1 minute' AS duration,
           (t.created_at AT TIME ZONE 'Europe/Moscow') AS created_local
    FROM r t
    OFFSET 0
), w AS (
    SELECT a.*,
           (CASE WHEN (created_local::date + lead_days) + start_local < created_local + interval '1 hour'
                 THEN (created_local::date + lead_days + 1) + start_local
                 ELSE (created_local::date + lead_days) + start_local END) AT TIME ZONE 'Europe/Moscow' AS window_start
    FROM a
    OFFSET 0
), s AS (
    SELECT w.*, window_start + duration AS window_end,
           CASE WHEN window_start + duration <= :'t_now'::timestamptz THEN
                CASE WHEN r20 < 0.800 THEN 'C'
                     WHEN r20 < 0.880 THEN 'U'
                     WHEN r20 < 0.922 THEN 'XU'
                     WHEN r20 < 0.950 THEN 'XP'
                     WHEN r20 < 0.975 THEN 'FN'
                     WHEN r20 < 0.995 THEN 'FC'
                     ELSE 'E' END
           ELSE
                CASE WHEN r20 < 0.30 THEN 'U'
                     WHEN r20 < 0.48 THEN 'P'
                     WHEN r20 < 0.55 THEN 'OP'
                     WHEN r20 < 0.93 THEN 'IP'
                     WHEN r20 < 0.97 THEN 'XU'
                     WHEN r20 < 0.99 THEN 'XP'
                     ELSE 'E' END
           END AS path,
           -- Time available for paying, dispatch and confirming: until the window (or now, if sooner).
           least(window_start, :'t_now'::timestamptz) - created_at AS avail
    FROM w
    OFFSET 0
), c AS (
    SELECT s.*,
           -- 10% with a coupon: 10% off, 20% off, or a FULL one that pays the order (never on an unpaid one).
           CASE WHEN pg_temp.r(i, 21) >= 0.10 THEN NULL
                WHEN r22 < 0.55 OR (r22 >= 0.90 AND path IN ('U', 'XU')) THEN 'P10'
                WHEN r22 < 0.90 THEN 'P20'
                ELSE 'FULL' END AS coupon
    FROM s
    OFFSET 0
), p AS (
    SELECT c.*, cts.names[c.ct] AS call_type_name, cts.ids[c.ct] AS call_type_id, cts.prices[c.ct] AS price_minor,
           CASE coupon WHEN 'P10' THEN cts.prices[c.ct] / 10 WHEN 'P20' THEN cts.prices[c.ct] / 5
                       WHEN 'FULL' THEN cts.prices[c.ct] ELSE 0 END AS discount_minor,
           created_at + interval '1 ms' * (10 + 20 * pg_temp.r(i, 30)) AS t_price
    FROM c CROSS JOIN gen_call_types cts
    OFFSET 0
), t AS (
    SELECT p.*,
           CASE WHEN coupon = 'FULL' THEN t_price + interval '2 ms'
                ELSE created_at + avail * (0.02 + 0.23 * power(pg_temp.r(i, 31), 2)) END AS t_paid
    FROM p
    OFFSET 0
), t2 AS (
    SELECT t.*, t_paid + least(interval '3 s', avail * 0.01) * pg_temp.r(i, 32) + interval '1 ms' AS t_prop
    FROM t
    OFFSET 0
), t3 AS (
    SELECT t2.*, t_prop + least(interval '14 min', avail * 0.1) * pg_temp.r(i, 33) + interval '1 ms' AS t_conf
    FROM t2
    OFFSET 0
)
SELECT t3.i, t3.n, t3.id, t3.path, t3.coupon,
       CASE path WHEN 'U' THEN 'UNPAID' WHEN 'XU' THEN 'CANCELLED' WHEN 'P' THEN 'PAID' WHEN 'OP' THEN 'OPERATOR_PROPOSED'
                 WHEN 'IP' THEN 'IN_PROGRESS' WHEN 'C' THEN 'COMPLETED' WHEN 'FN' THEN 'FAILED' WHEN 'FC' THEN 'FAILED'
                 WHEN 'XP' THEN 'CANCELLED' ELSE 'ERROR' END AS status,
       path NOT IN ('U', 'XU') AS paid,
       CASE path WHEN 'U' THEN 0 WHEN 'XU' THEN 1 WHEN 'P' THEN 1 WHEN 'OP' THEN 2 WHEN 'IP' THEN 3 WHEN 'C' THEN 4
                 WHEN 'FC' THEN 4 ELSE 2 END AS steps,
       cl.id AS owner_id, cl.name AS client_name, cl.email AS client_email, cl.point_id,
       pg_temp.person(i, 60, nm.male, nm.female, nm.last) AS recipient_name,
       CASE WHEN r52 < 0.94 THEN '+79' || lpad(floor(pg_temp.r(i, 53) * 1e9)::bigint::text, 9, '0')
            WHEN r52 < 0.97 THEN '+77' || lpad(floor(pg_temp.r(i, 53) * 1e9)::bigint::text, 9, '0')
            ELSE '+37529' || lpad(floor(pg_temp.r(i, 53) * 1e7)::bigint::text, 7, '0') END AS recipient_phone,
       CASE WHEN r52 < 0.94 THEN 'RU' WHEN r52 < 0.97 THEN 'KZ' ELSE 'BY' END AS recipient_country,
       CASE WHEN r52 < 0.94
            THEN (ARRAY['Moscow', 'Moscow', 'Moscow', 'Saint Petersburg', 'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg',
                        'Kazan', 'Nizhny Novgorod', 'Samara', 'Krasnodar', 'Rostov-on-Don', 'Ufa', 'Voronezh', 'Perm'])[1 + floor(pg_temp.r(i, 54) * 15)::int]
            WHEN r52 < 0.97 THEN (ARRAY['Almaty', 'Astana', 'Shymkent'])[1 + floor(pg_temp.r(i, 54) * 3)::int]
            ELSE (ARRAY['Minsk', 'Gomel', 'Brest'])[1 + floor(pg_temp.r(i, 54) * 3)::int] END AS recipient_city,
       t3.call_type_id, t3.call_type_name, t3.window_start, t3.window_end,
       CASE WHEN pg_temp.r(i, 55) < 0.80 THEN 'ANY' WHEN pg_temp.r(i, 55) < 0.92 THEN 'FEMALE' ELSE 'MALE' END AS preferred_gender,
       CASE WHEN pg_temp.r(i, 56) < 0.25
            THEN (ARRAY['Please mention her new job.', 'Call after lunch if possible.', 'He loves jokes, keep it light.',
                        'Say it is from the whole team.', 'Congratulate in Russian and in English.',
                        'Do not mention the age, please.', 'Sing the chorus twice.', 'She is hard of hearing, speak slowly.'])[1 + floor(pg_temp.r(i, 57) * 8)::int]
       END AS wishes,
       pg_temp.r(i, 58) < 0.10 AS anonymous,
       t3.created_at - interval '1 s' * (5 + 115 * pg_temp.r(i, 59)) AS consented_at,
       CASE WHEN coupon IS NOT NULL THEN pg_temp.coupon_code(t3.id) END AS coupon_code,
       CASE coupon WHEN 'FULL' THEN 'FULL' WHEN 'P10' THEN 'PERCENT' WHEN 'P20' THEN 'PERCENT' END AS coupon_kind,
       CASE coupon WHEN 'FULL' THEN 100 WHEN 'P10' THEN 10 WHEN 'P20' THEN 20 END AS coupon_percent,
       t3.price_minor, t3.discount_minor, t3.price_minor - t3.discount_minor AS total_minor,
       t3.created_at, t3.t_price, t3.t_paid, t3.t_prop, t3.t_conf,
       CASE path
           WHEN 'XU' THEN greatest(t3.t_price, t3.created_at + t3.avail * (0.3 + 0.6 * pg_temp.r(i, 34))) + interval '1 ms'
           WHEN 'XP' THEN t3.t_paid + (t3.created_at + t3.avail - t3.t_paid) * (0.3 + 0.6 * pg_temp.r(i, 34))
           WHEN 'E' THEN t3.t_paid + least(interval '10 s', t3.avail * 0.05) * pg_temp.r(i, 34) + interval '1 ms'
           WHEN 'FN' THEN least(t3.window_end + interval '5 s' * pg_temp.r(i, 34), :'t_now'::timestamptz)
           WHEN 'FC' THEN least(t3.window_end + interval '60 s' * pg_temp.r(i, 34), :'t_now'::timestamptz)
           WHEN 'C' THEN t3.window_start + (t3.window_end - t3.window_start) * (0.05 + 0.85 * pg_temp.r(i, 34))
       END AS t_term,
       25 + floor(275 * pg_temp.r(i, 35))::int AS call_seconds,
       (ARRAY['the client asked to cancel', 'duplicate order', 'wrong recipient phone number',
              'the recipient asked not to call'])[1 + floor(pg_temp.r(i, 36) * 4)::int] AS cancel_reason,
       CASE WHEN pg_temp.r(i, 37) < 0.7 THEN 'cloudpayments' ELSE 'paymaster' END AS gateway,
       :payment_base + t3.n - 1 AS payment_id,
       op.id AS op_id, op.email AS op_email,
       (SELECT email FROM gen_staff WHERE s = 1) AS admin_email
FROM t3
JOIN gen_client cl ON cl.k = t3.k
JOIN gen_operator op ON op.j = t3.j
CROSS JOIN gen_name nm;

-- Orders go in in creation order (as the service appends them); re-sort only if a join reordered them.
SELECT count(*) = 0 AS in_order FROM (SELECT n - lag(n) OVER () AS step FROM gen_order) x WHERE step <> 1 \gset
\if :in_order
\else
  CREATE TEMP TABLE gen_order_sorted AS SELECT * FROM gen_order ORDER BY n;
  DROP TABLE gen_order;
  ALTER TABLE gen_order_sorted RENAME TO gen_order;
\endif

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] orders: insert
-- Secondary indexes of the big tables are dropped and rebuilt when orders holds fewer rows than are
-- added (a bulk build is several times faster than maintaining 15 indexes row by row).
CREATE TEMP TABLE gen_saved_index AS
SELECT c.relname AS table_name, ic.relname AS index_name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE c.relnamespace = to_regnamespace(current_schema())
  AND c.relname IN ('orders', 'payment', 'ledger_entry')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
  AND (SELECT count(*) FROM (SELECT 1 FROM orders LIMIT :n) x) < :n;
SELECT format('DROP INDEX %I', index_name) FROM gen_saved_index \gexec
-- Likewise the foreign key of order_history: one check when it is added back instead of 4.5M.
CREATE TEMP TABLE gen_saved_fk AS
SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
FROM pg_constraint c
WHERE c.contype = 'f'
  AND c.conrelid IN (to_regclass('orders'), to_regclass('order_history'), to_regclass('payment'), to_regclass('ledger_entry'))
  AND (SELECT count(*) FROM (SELECT 1 FROM orders LIMIT :n) x) < :n;
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', table_name, name) FROM gen_saved_fk \gexec

INSERT INTO orders (id, status, client_name, client_name_key, client_email, recipient_name, recipient_name_key,
                    recipient_phone, recipient_country, recipient_city, call_type_id, call_type_name, window_start,
                    window_end, preferred_gender, wishes, anonymous, consented_at, coupon_code, price_minor,
                    discount_minor, currency, created_at, updated_at, version, owner_account_id, point_id, operator_id,
                    coupon_kind, coupon_percent, first_paid_at)
SELECT id, status, client_name, lower(client_name), client_email, recipient_name, lower(recipient_name),
       recipient_phone, recipient_country, recipient_city, call_type_id, call_type_name, window_start,
       window_end, preferred_gender, wishes, anonymous, consented_at, coupon_code, price_minor,
       discount_minor, 'RUB', created_at,
       CASE path WHEN 'U' THEN CASE WHEN coupon IS NULL THEN created_at ELSE t_price END
                 WHEN 'P' THEN t_paid WHEN 'OP' THEN t_prop WHEN 'IP' THEN t_conf ELSE t_term END,
       1 + steps - (coupon IS NOT DISTINCT FROM 'FULL')::int,
       owner_id, point_id,
       CASE WHEN path IN ('OP', 'IP', 'C') THEN op_id END,
       coupon_kind, coupon_percent,
       CASE WHEN paid THEN t_paid END
FROM gen_order;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] orders: history
-- The entries the application writes for each path, numbered without gaps.
INSERT INTO order_history (order_id, seq, happened_at, actor_kind, actor_id, kind, from_status, to_status, reason)
SELECT o.id, h.seq, h.at, h.actor_kind, h.actor_id, h.kind, h.from_status, h.to_status, h.reason
FROM gen_order o
CROSS JOIN LATERAL (VALUES
    (1, o.created_at, 'CLIENT', o.client_email, 'STATUS', NULL, 'UNPAID', 'placed', true),
    (2, o.t_price, 'CLIENT', o.client_email, 'PRICE', 'UNPAID', 'UNPAID',
        'coupon ' || o.coupon_code || ' (' || o.coupon_kind || ', ' || o.coupon_percent || '%): -' || pg_temp.rub(o.discount_minor),
        o.coupon IS NOT NULL),
    ((o.coupon IS NOT NULL)::int + 2, o.t_paid, 'SYSTEM', CASE WHEN o.coupon = 'FULL' THEN 'coupon' ELSE 'payments' END,
        'STATUS', 'UNPAID', 'PAID',
        CASE WHEN o.coupon = 'FULL' THEN 'paid in full by coupon ' || o.coupon_code
             ELSE 'gateway payment ' || o.payment_id || ' of ' || pg_temp.rub(o.total_minor) || ' via ' || o.gateway END,
        o.paid),
    ((o.coupon IS NOT NULL)::int + 3, o.t_prop, 'SYSTEM', 'dispatch', 'STATUS', 'PAID', 'OPERATOR_PROPOSED', 'dispatch',
        o.path IN ('OP', 'IP', 'C', 'FC')),
    ((o.coupon IS NOT NULL)::int + 4, o.t_conf, 'OPERATOR', o.op_email, 'STATUS', 'OPERATOR_PROPOSED', 'IN_PROGRESS',
        'confirmed by the operator', o.path IN ('IP', 'C', 'FC')),
    ((o.coupon IS NOT NULL)::int + 1 + o.steps, o.t_term,
        CASE WHEN o.path IN ('XU', 'XP') THEN 'ADMIN' ELSE 'SYSTEM' END,
        CASE o.path WHEN 'C' THEN 'telephony' WHEN 'XU' THEN o.admin_email WHEN 'XP' THEN o.admin_email ELSE 'dispatch' END,
        'STATUS',
        CASE o.path WHEN 'XU' THEN 'UNPAID' WHEN 'C' THEN 'IN_PROGRESS' WHEN 'FC' THEN 'IN_PROGRESS' ELSE 'PAID' END,
        o.status,
        CASE o.path WHEN 'C' THEN 'call of ' || o.call_seconds || ' s (ANSWERED)'
                    WHEN 'FN' THEN 'the call window ended before an operator took the order'
                    WHEN 'FC' THEN 'the call window ended without a completed call'
                    WHEN 'E' THEN 'unexpected failure while dispatching'
                    ELSE o.cancel_reason END,
        o.path IN ('XU', 'C', 'FN', 'FC', 'XP', 'E'))
) h(seq, at, actor_kind, actor_id, kind, from_status, to_status, reason, keep)
WHERE h.keep;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] clients, operators, coupons
-- Clients open their account with their first order (or at some point in the 2 years, if none).
INSERT INTO account (id, email, name, role, point_id, password_hash, credentials_version, failed_sign_ins, locked_until,
                     blocked, language, created_at, version)
SELECT c.id, c.email, c.name, 'CLIENT', c.point_id, :'pw_hash', 1, 0, NULL, false, c.language,
       coalesce(f.first_order - interval '2 s', (:'t0'::timestamptz) + interval '730 days' * pg_temp.r(c.k, 106)), 1
FROM gen_client c
LEFT JOIN (SELECT owner_id, min(created_at) AS first_order FROM gen_order GROUP BY owner_id) f ON f.owner_id = c.id
ORDER BY c.id;

INSERT INTO operator (account_id, name, gender, tariff_minor, rating, state, capacity, hours_from, hours_to, last_assigned_at)
SELECT o.id, o.name, o.gender, 100 * (50 + 10 * floor(pg_temp.r(o.j, 120) * 16)::bigint),
       floor(pg_temp.r(o.j, 121) * 60)::int - 5,
       CASE WHEN pg_temp.r(o.j, 122) < 0.05 THEN 'PAUSED' ELSE 'ACTIVE' END, 60, NULL, NULL, l.last_at
FROM gen_operator o
LEFT JOIN (SELECT op_id, max(t_prop) AS last_at FROM gen_order WHERE path IN ('OP', 'IP', 'C', 'FC') GROUP BY op_id) l
       ON l.op_id = o.id;

INSERT INTO coupon_group (id, kind, percent, comment, generated_count, expires_at, created_at)
SELECT :coupon_group_base + g - 1, (ARRAY['PERCENT', 'PERCENT', 'FULL'])[g], (ARRAY[10, 20, 100])[g],
       (ARRAY['bench: 10% off', 'bench: 20% off', 'bench: free calls'])[g],
       (SELECT count(*) FROM gen_order WHERE coupon = (ARRAY['P10', 'P20', 'FULL'])[g]), NULL, (:'t0'::timestamptz) - interval '1 day'
FROM generate_series(1, 3) g;

SELECT count(*) AS coupons FROM gen_order WHERE coupon IS NOT NULL \gset
SELECT nextval('coupon_id_seq') AS coupon_base \gset
SELECT setval('coupon_id_seq', :coupon_base + greatest(:coupons, 1) - 1) \g /dev/null
INSERT INTO coupon (id, code, kind, percent, group_id, holder_account_id, expires_at, total_limit, uses, used_order_id,
                    used_by_account_id, used_at, granted_for_order_id, created_at)
SELECT :coupon_base + row_number() OVER (ORDER BY n) - 1, coupon_code, coupon_kind, coupon_percent,
       :coupon_group_base + CASE coupon WHEN 'P10' THEN 0 WHEN 'P20' THEN 1 ELSE 2 END,
       NULL, NULL, NULL, 0, id, owner_id, t_price, NULL, (:'t0'::timestamptz) - interval '1 day'
FROM gen_order WHERE coupon IS NOT NULL;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] payments and ledger
-- A gateway payment for every order that was paid with money, its ledger movement, the bonus in
-- points, and for orders cancelled after payment the refund due; balances are the entries' sums.
INSERT INTO payment (id, order_id, payer_id, kind, gateway, external_id, amount_minor, reference, at)
SELECT payment_id, id, owner_id, 'GATEWAY', gateway,
       CASE gateway WHEN 'cloudpayments' THEN (3000000000 + payment_id)::text ELSE 'pm-' || payment_id END,
       total_minor, NULL, t_paid
FROM gen_order WHERE paid AND total_minor > 0;

CREATE TEMP TABLE gen_movement AS
SELECT n, 1 AS ord, 'payment:' || payment_id AS movement_key, 'ORDER_PAYMENT' AS cause, id::text AS cause_ref, t_paid AS at,
       'system:gateway-clearing' AS from_key, 'system:sales' AS to_key, total_minor AS amount
FROM gen_order WHERE paid AND total_minor > 0
UNION ALL
SELECT n, 2, 'bonus:' || payment_id, 'BONUS', payment_id::text, t_paid,
       'system:bonus-expense', 'client:' || owner_id, total_minor * :bonus_percent / 100
FROM gen_order WHERE paid AND total_minor * :bonus_percent / 100 > 0
UNION ALL
SELECT n, 3, 'refund-due:payment:' || payment_id, 'REFUND', id::text, t_term,
       'system:sales', 'system:refunds-due', total_minor
FROM gen_order WHERE path = 'XP' AND total_minor > 0;

INSERT INTO ledger_movement (movement_key, cause, cause_ref, at)
SELECT movement_key, cause, cause_ref, at FROM gen_movement ORDER BY movement_key;

INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)
SELECT m.movement_key, e.account_key, e.amount, m.cause, m.cause_ref, m.at
FROM gen_movement m
CROSS JOIN LATERAL (VALUES (1, m.from_key, -m.amount), (2, m.to_key, m.amount)) e(side, account_key, amount)
ORDER BY m.n, m.ord, e.side;

INSERT INTO ledger_balance (account_key, balance_minor)
SELECT account_key, sum(amount) FROM (
    SELECT from_key AS account_key, -amount AS amount FROM gen_movement
    UNION ALL
    SELECT to_key, amount FROM gen_movement
) x GROUP BY account_key
ON CONFLICT (account_key) DO UPDATE SET balance_minor = ledger_balance.balance_minor + EXCLUDED.balance_minor;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] rebuilding indexes
SELECT definition FROM gen_saved_index ORDER BY table_name, index_name \gexec
SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', table_name, name, definition) FROM gen_saved_fk \gexec

COMMIT;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS el \gset
\echo [:el s] vacuum analyze
VACUUM (ANALYZE) orders;
VACUUM (ANALYZE) order_history;
VACUUM (ANALYZE) account;
VACUUM (ANALYZE) payment;
VACUUM (ANALYZE) ledger_movement;
VACUUM (ANALYZE) ledger_entry;
VACUUM (ANALYZE) ledger_balance;
VACUUM (ANALYZE) coupon;
ANALYZE operator;
ANALYZE point;
ANALYZE category;
ANALYZE call_type;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric, 1) AS seconds \gset
\echo done in :seconds s
\unset QUIET
SELECT status, count(*) AS orders, min(created_at)::date AS first_created, max(created_at)::date AS last_created
FROM orders WHERE id BETWEEN :order_base AND :order_base + :n - 1 GROUP BY status ORDER BY count(*) DESC;
