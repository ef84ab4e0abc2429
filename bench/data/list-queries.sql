-- The admin order list's SQL (as OrderListSql builds it) for typical filter combinations, timed
-- with EXPLAIN ANALYZE on the generated data:
--
--   psql -h HOST -U USER -d DB -f bench/data/list-queries.sql [-v runs=7] [-v old=1]
--
-- Each query runs as a prepared statement with parameters, as the service sends it, twice: with
-- custom plans (what PostgreSQL does for the first 5 executions on a connection) and with the
-- generic plan (what it may switch to from the 6th on, once pgjdbc prepares the statement on the
-- server). ms = median execution time of `runs` runs after one warm-up; max = slowest;
-- plan = scans and sorts of the plan; buffers = shared blocks touched by the median run.
-- -v old=1 issues the SQL as it was before bench/data (LIKE prefixes, no window/creation bounds);
-- the default is the current OrderListSql on a C/C.UTF-8 database (prefixes as code point ranges).
-- The service now always plans list queries for their values (custom), so the generic columns only
-- show what a server-prepared statement would risk.
\set ON_ERROR_STOP on
\set QUIET on
\if :{?runs}
\else
  \set runs 7
\endif
\if :{?old}
\else
  \set old 0
\endif
SET client_min_messages = warning;
SET jit = off;
SELECT set_config('bench.old', :'old', false) \g /dev/null

-- Conditions as OrderListSql writes them, with ? for parameters (bench() numbers them).
-- A prefix: LIKE before; the code point range now (exactly the same rows on a C/C.UTF-8 database).
CREATE FUNCTION pg_temp.pfx(col text) RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN current_setting('bench.old') = '1' THEN col || ' LIKE ? ESCAPE ''\'''
                ELSE col || ' >= ? AND ' || col || ' < ?' END
$$;
CREATE FUNCTION pg_temp.pfx_args(p text) RETURNS text[] LANGUAGE sql AS $$
    SELECT CASE WHEN current_setting('bench.old') = '1' THEN ARRAY[p || '%']
                ELSE ARRAY[p, left(p, -1) || chr(ascii(right(p, 1)) + 1)] END
$$;
-- scheduledTo with a creation sort: also created_at < scheduledTo + 2 days.
CREATE FUNCTION pg_temp.win_to() RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN current_setting('bench.old') = '1' THEN '' ELSE ' AND created_at < ?' END
$$;
CREATE FUNCTION pg_temp.win_to_args(t text) RETURNS text[] LANGUAGE sql AS $$
    SELECT CASE WHEN current_setting('bench.old') = '1' THEN '{}'::text[]
                ELSE ARRAY[(t::timestamptz + interval '2 days')::text] END
$$;
-- createdFrom with a schedule sort: also window_start > createdFrom - 2 days.
CREATE FUNCTION pg_temp.created_from() RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN current_setting('bench.old') = '1' THEN '' ELSE ' AND window_start > ?' END
$$;
CREATE FUNCTION pg_temp.created_from_args(t text) RETURNS text[] LANGUAGE sql AS $$
    SELECT CASE WHEN current_setting('bench.old') = '1' THEN '{}'::text[]
                ELSE ARRAY[(t::timestamptz - interval '2 days')::text] END
$$;

CREATE FUNCTION pg_temp.plan_summary(j json) RETURNS text LANGUAGE sql AS $$
    WITH RECURSIVE node(p, depth) AS (
        SELECT j -> 0 -> 'Plan', 0
        UNION ALL
        SELECT c, depth + 1 FROM node, json_array_elements(coalesce(p -> 'Plans', '[]'::json)) c
    )
    SELECT string_agg(
        (p ->> 'Node Type')
        || coalesce(' ' || (p ->> 'Scan Direction'), '')
        || coalesce(' ' || (p ->> 'Index Name'), '')
        || CASE WHEN p ->> 'Node Type' LIKE '%Scan%' THEN ' rows=' || (p ->> 'Actual Rows')
                    || coalesce(' filtered=' || nullif(p ->> 'Rows Removed by Filter', '0'), '') ELSE '' END,
        ' > ' ORDER BY depth)
    FROM node
    WHERE p ->> 'Node Type' NOT IN ('Limit')
$$;

CREATE TEMP TABLE list_result (ord serial, name text, mode text, ms numeric, max_ms numeric, buffers bigint, plan text);

CREATE FUNCTION pg_temp.bench(name text, query text, params text[], runs int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    mode text;
    args text := (SELECT string_agg(quote_literal(p), ', ') FROM unnest(params) p);
    j json;
    times numeric[];
    bufs bigint[];
    plan text;
BEGIN
    FOR k IN 1 .. length(query) - length(replace(query, '?', '')) LOOP
        query := regexp_replace(query, '\?', '$' || k);
    END LOOP;
    EXECUTE format('PREPARE q AS %s', query);
    FOREACH mode IN ARRAY ARRAY['custom', 'generic'] LOOP
        EXECUTE format('SET LOCAL plan_cache_mode = %s', CASE mode WHEN 'custom' THEN 'force_custom_plan' ELSE 'force_generic_plan' END);
        times := '{}';
        bufs := '{}';
        FOR r IN 0 .. runs LOOP
            EXECUTE format('EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE q(%s)', args) INTO j;
            IF r > 0 THEN
                times := times || (j -> 0 ->> 'Execution Time')::numeric;
                bufs := bufs || ((j -> 0 -> 'Plan' ->> 'Shared Hit Blocks')::bigint + (j -> 0 -> 'Plan' ->> 'Shared Read Blocks')::bigint);
                plan := pg_temp.plan_summary(j);
            END IF;
        END LOOP;
        INSERT INTO list_result (name, mode, ms, max_ms, buffers, plan)
        SELECT name, mode, round(t[(runs + 1) / 2], 2), round(t[runs], 2), bufs[(runs + 1) / 2], plan
        FROM (SELECT array_agg(x ORDER BY x) t FROM unnest(times) x) s;
    END LOOP;
    DEALLOCATE q;
END $$;

-- Parameters taken from the data: a heavy and a typical client, the busiest point, an operator,
-- a client's e-mail and a recipient's phone, a cursor half-way down the list.
SELECT owner_account_id AS heavy_owner FROM orders GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 \gset
SELECT owner_account_id AS typical_owner FROM (SELECT owner_account_id, count(*) c FROM orders GROUP BY 1) x
ORDER BY abs(c - 17), owner_account_id LIMIT 1 \gset
SELECT point_id AS big_point FROM orders GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 \gset
SELECT point_id AS small_point FROM orders WHERE point_id IS NOT NULL GROUP BY 1 ORDER BY count(*) LIMIT 1 \gset
SELECT operator_id AS some_operator FROM orders WHERE operator_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 \gset
SELECT client_email AS some_email, split_part(client_email, '.', 1) AS common_email_prefix,
       left(client_name_key, 9) AS name_prefix FROM orders WHERE owner_account_id = :typical_owner LIMIT 1 \gset
SELECT left(recipient_phone, 9) AS phone_prefix, left(recipient_name_key, 8) AS recipient_prefix
FROM orders ORDER BY id LIMIT 1 OFFSET 123456 \gset
SELECT call_type_id AS rare_call_type FROM orders GROUP BY 1 ORDER BY count(*) LIMIT 1 \gset
SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS deep_at, id AS deep_id
FROM orders ORDER BY created_at DESC, id DESC OFFSET 500000 LIMIT 1 \gset
SELECT to_char(max(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today, max(id) AS max_id FROM orders \gset
SELECT to_char((:'today'::date - 365), 'YYYY-MM-DD') AS year_ago,
       to_char((:'today'::date - 335), 'YYYY-MM-DD') AS year_ago_plus_month,
       to_char((:'today'::date + 3), 'YYYY-MM-DD') AS in_3_days,
       to_char((:'today'::date + 4), 'YYYY-MM-DD') AS in_4_days,
       to_char((:'today'::date - 200), 'YYYY-MM-DD') AS past_day,
       to_char((:'today'::date - 199), 'YYYY-MM-DD') AS past_day_next,
       to_char((:'today'::date - 7), 'YYYY-MM-DD') AS week_ago \gset

\set sel 'SELECT * FROM orders WHERE true'
\set by_created ' ORDER BY created_at DESC, id DESC LIMIT ?'
BEGIN;
SELECT pg_temp.bench('01 no filter, first page', 'SELECT * FROM orders' || :'by_created', ARRAY['21'], :runs);
SELECT pg_temp.bench('02 no filter, page at 500,000', 'SELECT * FROM orders WHERE (created_at, id) < (?, ?)' || :'by_created',
                     ARRAY[:'deep_at', :'deep_id', '21'], :runs);
SELECT pg_temp.bench('03 status COMPLETED (79%)', :'sel' || ' AND status IN (?)' || :'by_created', ARRAY['COMPLETED', '21'], :runs);
SELECT pg_temp.bench('04 status ERROR (0.5%)', :'sel' || ' AND status IN (?)' || :'by_created', ARRAY['ERROR', '21'], :runs);
SELECT pg_temp.bench('05 status ERROR, page at 500,000', :'sel' || ' AND status IN (?) AND (created_at, id) < (?, ?)' || :'by_created',
                     ARRAY['ERROR', :'deep_at', :'deep_id', '21'], :runs);
SELECT pg_temp.bench('06 status FAILED+ERROR', :'sel' || ' AND status IN (?, ?)' || :'by_created', ARRAY['ERROR', 'FAILED', '21'], :runs);
SELECT pg_temp.bench('07 active: IN_PROGRESS+OPERATOR_PROPOSED+PAID', :'sel' || ' AND status IN (?, ?, ?)' || :'by_created',
                     ARRAY['IN_PROGRESS', 'OPERATOR_PROPOSED', 'PAID', '21'], :runs);
SELECT pg_temp.bench('08 created in one month a year ago', :'sel' || ' AND created_at >= ? AND created_at < ?' || :'by_created',
                     ARRAY[:'year_ago', :'year_ago_plus_month', '21'], :runs);
SELECT pg_temp.bench('09 scheduled on one day, 3 days ahead', :'sel' || ' AND window_start >= ? AND window_start < ?' || pg_temp.win_to() || :'by_created',
                     ARRAY[:'in_3_days', :'in_4_days'] || pg_temp.win_to_args(:'in_4_days') || '21'::text, :runs);
SELECT pg_temp.bench('10 scheduled on one day, 200 days ago', :'sel' || ' AND window_start >= ? AND window_start < ?' || pg_temp.win_to() || :'by_created',
                     ARRAY[:'past_day', :'past_day_next'] || pg_temp.win_to_args(:'past_day_next') || '21'::text, :runs);
SELECT pg_temp.bench('11 scheduled before a day 200 days ago', :'sel' || ' AND window_start < ?' || pg_temp.win_to() || :'by_created',
                     ARRAY[:'past_day'] || pg_temp.win_to_args(:'past_day') || '21'::text, :runs);
SELECT pg_temp.bench('12 scheduled on one day 200 days ago, CREATED_ASC', :'sel' || ' AND window_start >= ? AND window_start < ?' || pg_temp.win_to()
                     || ' ORDER BY created_at ASC, id ASC LIMIT ?',
                     ARRAY[:'past_day', :'past_day_next'] || pg_temp.win_to_args(:'past_day_next') || '21'::text, :runs);
SELECT pg_temp.bench('13 sort SCHEDULED_ASC from today', :'sel' || ' AND window_start >= ? ORDER BY window_start ASC, id ASC LIMIT ?',
                     ARRAY[:'today', '21'], :runs);
SELECT pg_temp.bench('14 created in the last 7 days, SCHEDULED_ASC', :'sel' || ' AND created_at >= ?' || pg_temp.created_from()
                     || ' ORDER BY window_start ASC, id ASC LIMIT ?',
                     ARRAY[:'week_ago'] || pg_temp.created_from_args(:'week_ago') || '21'::text, :runs);
SELECT pg_temp.bench('15 clientEmail prefix, common ("ivan")', :'sel' || ' AND ' || pg_temp.pfx('client_email') || :'by_created',
                     pg_temp.pfx_args(:'common_email_prefix') || '21'::text, :runs);
SELECT pg_temp.bench('16 clientEmail = one client''s address', :'sel' || ' AND ' || pg_temp.pfx('client_email') || :'by_created',
                     pg_temp.pfx_args(:'some_email') || '21'::text, :runs);
SELECT pg_temp.bench('17 clientEmail prefix, no match', :'sel' || ' AND ' || pg_temp.pfx('client_email') || :'by_created',
                     pg_temp.pfx_args('nobody.here') || '21'::text, :runs);
SELECT pg_temp.bench('18 clientName prefix (first name + 4 letters)', :'sel' || ' AND ' || pg_temp.pfx('client_name_key') || :'by_created',
                     pg_temp.pfx_args(:'name_prefix') || '21'::text, :runs);
SELECT pg_temp.bench('19 recipientName prefix', :'sel' || ' AND ' || pg_temp.pfx('recipient_name_key') || :'by_created',
                     pg_temp.pfx_args(:'recipient_prefix') || '21'::text, :runs);
SELECT pg_temp.bench('20 recipientPhone prefix (9 chars)', :'sel' || ' AND ' || pg_temp.pfx('recipient_phone') || :'by_created',
                     pg_temp.pfx_args(:'phone_prefix') || '21'::text, :runs);
SELECT pg_temp.bench('21 recipientPhone prefix "+7916"', :'sel' || ' AND ' || pg_temp.pfx('recipient_phone') || :'by_created',
                     pg_temp.pfx_args('+7916') || '21'::text, :runs);
SELECT pg_temp.bench('22 callTypeId, least ordered', :'sel' || ' AND call_type_id = ?' || :'by_created', ARRAY[:'rare_call_type', '21'], :runs);
SELECT pg_temp.bench('23 id', :'sel' || ' AND id = ?' || :'by_created', ARRAY['123456', '21'], :runs);
SELECT pg_temp.bench('24 point manager, biggest point', :'sel' || ' AND point_id = ?' || :'by_created', ARRAY[:'big_point', '21'], :runs);
SELECT pg_temp.bench('25 point manager, smallest point, UNPAID', :'sel' || ' AND point_id = ? AND status IN (?)' || :'by_created',
                     ARRAY[:'small_point', 'UNPAID', '21'], :runs);
SELECT pg_temp.bench('26 point manager, smallest point, ERROR', :'sel' || ' AND point_id = ? AND status IN (?)' || :'by_created',
                     ARRAY[:'small_point', 'ERROR', '21'], :runs);
SELECT pg_temp.bench('27 operator''s orders', :'sel' || ' AND operator_id = ?' || :'by_created', ARRAY[:'some_operator', '21'], :runs);
SELECT pg_temp.bench('28 operator''s proposals (limit 1000)', :'sel' || ' AND operator_id = ? AND status IN (?)' || :'by_created',
                     ARRAY[:'some_operator', 'OPERATOR_PROPOSED', '1001'], :runs);
SELECT pg_temp.bench('29 client''s own list, heaviest client', :'sel' || ' AND owner_account_id = ?' || :'by_created', ARRAY[:'heavy_owner', '21'], :runs);
SELECT pg_temp.bench('30 client''s own list, typical client', :'sel' || ' AND owner_account_id = ?' || :'by_created', ARRAY[:'typical_owner', '21'], :runs);
SELECT pg_temp.bench('31 COMPLETED + callType + created month', :'sel' || ' AND call_type_id = ? AND created_at >= ? AND created_at < ? AND status IN (?)' || :'by_created',
                     ARRAY[:'rare_call_type', :'year_ago', :'year_ago_plus_month', 'COMPLETED', '21'], :runs);
SELECT pg_temp.bench('32 CANCELLED + clientEmail prefix', :'sel' || ' AND ' || pg_temp.pfx('client_email') || ' AND status IN (?)' || :'by_created',
                     pg_temp.pfx_args(:'common_email_prefix') || ARRAY['CANCELLED', '21'], :runs);
SELECT pg_temp.bench('33 COMPLETED + scheduled on a day 200 days ago', :'sel' || ' AND window_start >= ? AND window_start < ?' || pg_temp.win_to()
                     || ' AND status IN (?)' || :'by_created',
                     ARRAY[:'past_day', :'past_day_next'] || pg_temp.win_to_args(:'past_day_next') || ARRAY['COMPLETED', '21'], :runs);
SELECT pg_temp.bench('34 limit 1000, no filter', 'SELECT * FROM orders' || :'by_created', ARRAY['1001'], :runs);
COMMIT;

\unset QUIET
\pset pager off
SELECT c.name AS query, c.ms AS custom_ms, c.max_ms AS custom_max, g.ms AS generic_ms, g.max_ms AS generic_max,
       c.buffers AS custom_buf, g.buffers AS generic_buf, c.plan AS custom_plan,
       CASE WHEN g.plan = c.plan THEN '=' ELSE g.plan END AS generic_plan
FROM list_result c JOIN list_result g ON g.name = c.name AND g.mode = 'generic'
WHERE c.mode = 'custom' ORDER BY c.ord;
