-- The registry's tables (DESIGN §4). Versions are immutable: (connector_id, version) is unique and
-- the archive lives in the version row, so a version never exists without its bytes.

CREATE TABLE vendors (
    id           bigserial PRIMARY KEY,
    name         text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    display_name text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tokens (
    id           bigserial PRIMARY KEY,
    public_id    text NOT NULL UNIQUE,
    vendor_id    bigint REFERENCES vendors(id),
    name         text NOT NULL,
    hash         bytea NOT NULL UNIQUE,
    scopes       text[] NOT NULL,
    is_admin     boolean NOT NULL DEFAULT false,
    created_by   bigint REFERENCES tokens(id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CHECK (is_admin OR vendor_id IS NOT NULL)
);

CREATE TABLE vendor_keys (
    id          bigserial PRIMARY KEY,
    vendor_id   bigint NOT NULL REFERENCES vendors(id),
    key_id      text NOT NULL UNIQUE,
    public_key  text NOT NULL,
    name        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE TABLE connectors (
    id                  bigserial PRIMARY KEY,
    vendor_id           bigint NOT NULL REFERENCES vendors(id),
    name                text NOT NULL UNIQUE,
    short_name          text NOT NULL,
    title               text NOT NULL,
    summary             text NOT NULL,
    readme              text NOT NULL DEFAULT '',
    categories          text[] NOT NULL DEFAULT '{}',
    keywords            text[] NOT NULL DEFAULT '{}',
    homepage            text,
    license             text,
    auth_type           text NOT NULL,
    latest_version      text,
    deprecated_message  text,
    replacement         text,
    downloads           bigint NOT NULL DEFAULT 0,
    search              tsvector NOT NULL DEFAULT ''::tsvector,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX connectors_search ON connectors USING gin (search);
CREATE INDEX connectors_categories ON connectors USING gin (categories);
CREATE INDEX connectors_name_prefix ON connectors (name text_pattern_ops);
CREATE INDEX connectors_short_name_prefix ON connectors (short_name text_pattern_ops);

CREATE TABLE versions (
    id            bigserial PRIMARY KEY,
    connector_id  bigint NOT NULL REFERENCES connectors(id),
    version       text NOT NULL,
    major         bigint NOT NULL,
    minor         bigint NOT NULL,
    patch         bigint NOT NULL,
    prerelease    text NOT NULL DEFAULT '',
    manifest      jsonb NOT NULL,
    readme        text NOT NULL DEFAULT '',
    digest        text NOT NULL CHECK (digest ~ '^sha256:[0-9a-f]{64}$'),
    size          integer NOT NULL,
    archive       bytea NOT NULL,
    signature     jsonb,
    key_id        text,
    yanked        boolean NOT NULL DEFAULT false,
    yank_reason   text,
    published_by  bigint REFERENCES tokens(id),
    published_at  timestamptz NOT NULL DEFAULT now(),
    downloads     bigint NOT NULL DEFAULT 0,
    UNIQUE (connector_id, version)
);
CREATE INDEX versions_digest ON versions (digest);

CREATE TABLE audit_log (
    id         bigserial PRIMARY KEY,
    vendor_id  bigint REFERENCES vendors(id),
    actor      bigint REFERENCES tokens(id),
    action     text NOT NULL,
    target     text NOT NULL,
    detail     jsonb NOT NULL DEFAULT '{}',
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_vendor ON audit_log (vendor_id, at DESC);
