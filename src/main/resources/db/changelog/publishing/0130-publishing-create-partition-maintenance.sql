--liquibase formatted sql

--changeset segmint:publishing-create-function-create-platform-post-partition splitStatements:false
--comment: creates the monthly partition platform_post_yYYYYmMM (UTC month) if missing, moving any rows of that month out of the default partition; returns whether it created one
CREATE FUNCTION create_platform_post_partition(p_month date) RETURNS boolean
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    month_start    date;
    month_end      date;
    range_start    timestamptz;
    range_end      timestamptz;
    partition_name text;
    moved_posts    platform_post[];
    moved_errors   publish_error[];
    caller_role    text := current_setting('app.role', true);
BEGIN
    IF p_month IS NULL THEN
        RAISE EXCEPTION 'month must not be null' USING ERRCODE = '22023';
    END IF;
    month_start := make_date(extract(year FROM p_month)::int, extract(month FROM p_month)::int, 1);
    month_end := (month_start + interval '1 month')::date;
    range_start := month_start::timestamp AT TIME ZONE 'UTC';
    range_end := month_end::timestamp AT TIME ZONE 'UTC';
    partition_name := format('platform_post_y%sm%s', to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));

    IF EXISTS (SELECT 1 FROM pg_class
               WHERE relnamespace = 'segmint'::regnamespace AND relname = partition_name) THEN
        RETURN false;
    END IF;

    -- Moving rows must see and write every row whoever calls: act as an internal job until
    -- the end, then give the caller back its role. (A function SET clause cannot name a
    -- custom setting unless a superuser creates the function.)
    PERFORM set_config('app.role', 'system', true);

    -- Rows of this month that landed in the default partition must leave it before the
    -- partition can be attached. Deleting them cascades to their slots and raw errors, so
    -- both are re-created after the attach (the slots by the platform_post trigger).
    SELECT array_agg(p) INTO moved_posts
    FROM platform_post p
    WHERE p.tableoid = 'segmint.platform_post_default'::regclass
      AND p.created_at >= range_start AND p.created_at < range_end;

    IF moved_posts IS NOT NULL THEN
        SELECT array_agg(e) INTO moved_errors
        FROM publish_error e
        WHERE (e.platform_post_id, e.platform_post_created_at) IN
              (SELECT m.id, m.created_at FROM unnest(moved_posts) m);
        DELETE FROM platform_post_default d
        WHERE d.created_at >= range_start AND d.created_at < range_end;
    END IF;

    -- Created standalone, then attached: ATTACH needs only SHARE UPDATE EXCLUSIVE on the parent,
    -- so the dispatcher keeps running. The partition is granted to nobody: rows are reached
    -- through the parent, where row-level security applies.
    EXECUTE format(
        'CREATE TABLE segmint.%I (LIKE segmint.platform_post INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)',
        partition_name);
    EXECUTE format(
        'ALTER TABLE segmint.platform_post ATTACH PARTITION segmint.%I FOR VALUES FROM (%L) TO (%L)',
        partition_name,
        to_char(month_start, 'YYYY-MM-DD') || ' 00:00:00+00',
        to_char(month_end, 'YYYY-MM-DD') || ' 00:00:00+00');

    IF moved_posts IS NOT NULL THEN
        INSERT INTO platform_post SELECT * FROM unnest(moved_posts);
        IF moved_errors IS NOT NULL THEN
            INSERT INTO publish_error SELECT * FROM unnest(moved_errors);
        END IF;
    END IF;
    PERFORM set_config('app.role', coalesce(caller_role, ''), true);
    RETURN true;
END
$$;
--rollback DROP FUNCTION create_platform_post_partition(date);

--changeset segmint:publishing-create-function-ensure-platform-post-partitions splitStatements:false
--comment: makes sure the partitions from last month through p_months_ahead months ahead exist; returns how many it created
CREATE FUNCTION ensure_platform_post_partitions(p_months_ahead int DEFAULT 3) RETURNS int
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    current_month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
    created       int := 0;
BEGIN
    IF p_months_ahead IS NULL OR p_months_ahead < 0 THEN
        RAISE EXCEPTION 'months_ahead must be zero or more, was %', p_months_ahead USING ERRCODE = '22023';
    END IF;
    FOR offset_months IN -1 .. p_months_ahead LOOP
        IF create_platform_post_partition((current_month + make_interval(months => offset_months))::date) THEN
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;
--rollback DROP FUNCTION ensure_platform_post_partitions(int);

--changeset segmint:publishing-create-function-detach-platform-post-partitions splitStatements:false
--comment: detaches (keeps, does not drop) the monthly partitions that end before the current UTC month minus p_retain_months; returns how many
CREATE FUNCTION detach_platform_post_partitions(p_retain_months int) RETURNS int
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    cutoff      timestamptz;
    part        record;
    part_start  timestamptz;
    part_end    timestamptz;
    detached    int := 0;
    caller_role text := current_setting('app.role', true);
BEGIN
    IF p_retain_months IS NULL OR p_retain_months < 0 THEN
        RAISE EXCEPTION 'retain_months must be zero or more, was %', p_retain_months USING ERRCODE = '22023';
    END IF;
    -- deleting every slot and raw error of the partition needs an internal job's view
    PERFORM set_config('app.role', 'system', true);
    cutoff := (date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => p_retain_months))
              AT TIME ZONE 'UTC';

    FOR part IN
        SELECT c.relname
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'segmint.platform_post'::regclass
          AND c.relname ~ '^platform_post_y[0-9]{4}m[0-9]{2}$'
        ORDER BY c.relname
    LOOP
        part_start := make_date(substr(part.relname, 16, 4)::int, substr(part.relname, 21, 2)::int, 1)::timestamp
                      AT TIME ZONE 'UTC';
        part_end := (part_start AT TIME ZONE 'UTC' + interval '1 month') AT TIME ZONE 'UTC';
        CONTINUE WHEN part_end > cutoff;

        -- Foreign keys into a detached partition are not allowed: its slots and raw errors go.
        DELETE FROM platform_post_slot
        WHERE post_created_at >= part_start AND post_created_at < part_end;
        DELETE FROM publish_error
        WHERE platform_post_created_at >= part_start AND platform_post_created_at < part_end;
        EXECUTE format('ALTER TABLE segmint.platform_post DETACH PARTITION segmint.%I', part.relname);
        detached := detached + 1;
    END LOOP;
    PERFORM set_config('app.role', coalesce(caller_role, ''), true);
    RETURN detached;
END
$$;
--rollback DROP FUNCTION detach_platform_post_partitions(int);

--changeset segmint:publishing-grant-partition-maintenance-functions
REVOKE EXECUTE ON FUNCTION create_platform_post_partition(date), ensure_platform_post_partitions(int), detach_platform_post_partitions(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION create_platform_post_partition(date), ensure_platform_post_partitions(int), detach_platform_post_partitions(int) TO segmint_app;
--rollback REVOKE EXECUTE ON FUNCTION create_platform_post_partition(date), ensure_platform_post_partitions(int), detach_platform_post_partitions(int) FROM segmint_app;
--rollback GRANT EXECUTE ON FUNCTION create_platform_post_partition(date), ensure_platform_post_partitions(int), detach_platform_post_partitions(int) TO PUBLIC;
