-- The runtime's tenant data. Every tenant table carries tenant_id, has row-level security enabled
-- and forced, and is used by the service through the junction_runtime role, which owns nothing.
-- Cross-tenant lookups (a token to its tenant, an OAuth2 callback's state to its connection, the
-- tenant list for key rotation) go through three SECURITY DEFINER functions owned by
-- junction_runtime_lookup, a role nobody can log in as or switch to.

DO $$ BEGIN
    CREATE ROLE junction_runtime LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

DO $$ BEGIN
    CREATE ROLE junction_runtime_lookup NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

CREATE SCHEMA runtime;

-- The tenant of the current transaction (set with set_config('junction.tenant_id', ..., true)).
CREATE FUNCTION runtime.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('junction.tenant_id', true), '')::uuid $$;

CREATE TABLE runtime.tenants (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE runtime.tenant_tokens (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES runtime.tenants (id) ON DELETE CASCADE,
    secret_hash bytea NOT NULL,
    name text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

CREATE TABLE runtime.tenant_keys (
    tenant_id uuid PRIMARY KEY REFERENCES runtime.tenants (id) ON DELETE CASCADE,
    master_key_id text NOT NULL,
    wrapped_key bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    rotated_at timestamptz
);

CREATE TABLE runtime.installations (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES runtime.tenants (id) ON DELETE CASCADE,
    connector text NOT NULL,
    range text NOT NULL,
    version text NOT NULL,
    digest text NOT NULL,
    key_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, connector),
    UNIQUE (tenant_id, id)
);

CREATE TABLE runtime.connections (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    installation_id uuid NOT NULL,
    name text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('pending', 'active', 'needs_reconsent')),
    secret bytea NOT NULL,
    state_hash bytea UNIQUE,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, installation_id) REFERENCES runtime.installations (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX connections_installation ON runtime.connections (tenant_id, installation_id);

ALTER TABLE runtime.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE runtime.tenants FORCE ROW LEVEL SECURITY;
ALTER TABLE runtime.tenant_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE runtime.tenant_tokens FORCE ROW LEVEL SECURITY;
ALTER TABLE runtime.tenant_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE runtime.tenant_keys FORCE ROW LEVEL SECURITY;
ALTER TABLE runtime.installations ENABLE ROW LEVEL SECURITY;
ALTER TABLE runtime.installations FORCE ROW LEVEL SECURITY;
ALTER TABLE runtime.connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE runtime.connections FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_rows ON runtime.tenants
    USING (id = runtime.current_tenant()) WITH CHECK (id = runtime.current_tenant());
CREATE POLICY tenant_rows ON runtime.tenant_tokens
    USING (tenant_id = runtime.current_tenant()) WITH CHECK (tenant_id = runtime.current_tenant());
CREATE POLICY tenant_rows ON runtime.tenant_keys
    USING (tenant_id = runtime.current_tenant()) WITH CHECK (tenant_id = runtime.current_tenant());
CREATE POLICY tenant_rows ON runtime.installations
    USING (tenant_id = runtime.current_tenant()) WITH CHECK (tenant_id = runtime.current_tenant());
CREATE POLICY tenant_rows ON runtime.connections
    USING (tenant_id = runtime.current_tenant()) WITH CHECK (tenant_id = runtime.current_tenant());

CREATE POLICY lookup ON runtime.tenants FOR SELECT TO junction_runtime_lookup USING (true);
CREATE POLICY lookup ON runtime.tenant_tokens FOR SELECT TO junction_runtime_lookup USING (true);
CREATE POLICY lookup ON runtime.connections FOR SELECT TO junction_runtime_lookup USING (true);

GRANT USAGE ON SCHEMA runtime TO junction_runtime, junction_runtime_lookup;
GRANT CREATE ON SCHEMA runtime TO junction_runtime_lookup;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON runtime.tenants, runtime.tenant_tokens, runtime.tenant_keys, runtime.installations, runtime.connections
    TO junction_runtime;
GRANT SELECT ON runtime.tenants, runtime.tenant_tokens, runtime.connections TO junction_runtime_lookup;

-- The tenant a live token belongs to (NULL when none).
CREATE FUNCTION runtime.authenticate(token_id uuid, hash bytea) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, runtime
    AS $$ SELECT tenant_id FROM runtime.tenant_tokens WHERE id = token_id AND secret_hash = hash AND revoked_at IS NULL $$;

-- The connection waiting for the OAuth2 callback with this state.
CREATE FUNCTION runtime.pending_connection(hash bytea) RETURNS TABLE (tenant_id uuid, connection_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, runtime
    AS $$ SELECT c.tenant_id, c.id FROM runtime.connections c WHERE c.state_hash = hash $$;

-- Every tenant id (for master-key rotation, which visits each tenant in turn).
CREATE FUNCTION runtime.tenant_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, runtime
    AS $$ SELECT id FROM runtime.tenants ORDER BY created_at $$;

ALTER FUNCTION runtime.authenticate(uuid, bytea) OWNER TO junction_runtime_lookup;
ALTER FUNCTION runtime.pending_connection(bytea) OWNER TO junction_runtime_lookup;
ALTER FUNCTION runtime.tenant_ids() OWNER TO junction_runtime_lookup;
REVOKE ALL ON FUNCTION runtime.authenticate(uuid, bytea), runtime.pending_connection(bytea), runtime.tenant_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION runtime.authenticate(uuid, bytea), runtime.pending_connection(bytea), runtime.tenant_ids()
    TO junction_runtime;
