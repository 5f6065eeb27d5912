"""A small, real OAuth 2.0 authorization server used as a TEST FIXTURE.

The Swift integration tests start this process to talk to an authorization
server that nobody on the project wrote: every protocol decision (request
validation, client authentication, PKCE, error responses) is made by the
`authlib` library; this file only supplies in-memory storage and glue.

    python3 oauth_server.py --port 0 --client-id ID --client-secret SECRET \
        --redirect-uri URI [--access-ttl 3600] [--scope "read write"]

Binds 127.0.0.1, prints exactly one line "LISTENING <port>" on stdout, then
serves (threaded) until SIGTERM/SIGINT. Logs go to stderr.

Endpoints:
  GET  /authorize    authorization code request (PKCE S256 required); auto-
                     approves as user "alice" and 302s to the redirect URI.
  POST /token        grant_type=authorization_code | refresh_token (rotating:
                     the old refresh token is revoked) | client_credentials;
                     client_secret_basic or client_secret_post.
  GET  /api/me       Bearer-protected: {"user", "client_id", "grant"}; else 401.
  POST /admin/revoke-refresh-tokens   revoke every refresh token.
  POST /admin/expire-access-tokens    expire every access token now.
  GET  /admin/stats  counts of successful grants and active refresh tokens.
"""
import argparse
import hmac
import ipaddress
import logging
import os
import signal
import sys
import threading
import time

from authlib.integrations.flask_oauth2 import AuthorizationServer, ResourceProtector
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oauth2.rfc6749.errors import InvalidRequestError
from authlib.oauth2.rfc6749.util import list_to_scope, scope_to_list
from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oauth2.rfc7636 import CodeChallenge
from flask import Flask, abort, jsonify, request
from werkzeug.serving import make_server

BOTH_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]
CODE_TTL = 600
LOCK = threading.RLock()  # guards all state; every request handler holds it
CODES = {}  # code -> AuthCode
TOKENS = {}  # access_token -> Token
REFRESH = {}  # refresh_token -> Token
STATS = {"authorization_code_grants": 0, "refresh_grants": 0, "client_credentials_grants": 0}
ALICE = "alice"


class Client(ClientMixin):
    def __init__(self, client_id, secret, redirect_uri, scope):
        self.client_id, self.secret = client_id, secret
        self.redirect_uri, self.scope = redirect_uri, scope

    def get_client_id(self): return self.client_id
    def get_default_redirect_uri(self): return self.redirect_uri
    def check_redirect_uri(self, redirect_uri): return redirect_uri == self.redirect_uri
    def check_client_secret(self, secret): return hmac.compare_digest(secret, self.secret)
    def check_endpoint_auth_method(self, method, endpoint): return method in BOTH_AUTH_METHODS
    def check_response_type(self, response_type): return response_type == "code"
    def check_grant_type(self, grant_type):
        return grant_type in ("authorization_code", "refresh_token", "client_credentials")

    def get_allowed_scope(self, scope):
        allowed = scope_to_list(self.scope) or []
        if not scope:
            return self.scope or ""
        return list_to_scope([s for s in scope.split() if s in allowed])


class AuthCode:
    def __init__(self, code, client_id, redirect_uri, scope, user, challenge, method):
        self.code, self.client_id, self.redirect_uri, self.scope = code, client_id, redirect_uri, scope
        self.user, self.code_challenge, self.code_challenge_method = user, challenge, method
        self.issued_at = time.time()

    def get_redirect_uri(self): return self.redirect_uri
    def get_scope(self): return self.scope


class Token:
    def __init__(self, data, client_id, user, grant):
        self.access_token = data["access_token"]
        self.refresh_token = data.get("refresh_token")
        self.scope, self.client_id, self.user, self.grant = data.get("scope", ""), client_id, user, grant
        self.expires_at = time.time() + data["expires_in"]
        self.refresh_revoked = False

    def check_client(self, client): return client.client_id == self.client_id
    def get_scope(self): return self.scope
    def is_expired(self): return time.time() >= self.expires_at
    def is_revoked(self): return False


class S256Required(CodeChallenge):
    """authlib's CodeChallenge only enforces PKCE for public clients; require S256 always."""
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant, redirect_uri):
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("Missing 'code_challenge' (PKCE is required)")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("'code_challenge_method' must be S256")
        super().validate_code_challenge(grant, redirect_uri)


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = BOTH_AUTH_METHODS

    def save_authorization_code(self, code, req):
        data = req.payload.data
        CODES[code] = AuthCode(code, req.client.client_id, req.payload.redirect_uri, req.scope,
                               req.user, data.get("code_challenge"), data.get("code_challenge_method"))

    def query_authorization_code(self, code, client):
        item = CODES.get(code)
        if item and item.client_id == client.client_id and time.time() - item.issued_at < CODE_TTL:
            return item

    def delete_authorization_code(self, authorization_code):
        CODES.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code): return authorization_code.user


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = BOTH_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotation

    def authenticate_refresh_token(self, refresh_token):
        token = REFRESH.get(refresh_token)
        return token if token and not token.refresh_revoked else None

    def authenticate_user(self, refresh_token): return refresh_token.user
    def revoke_old_credential(self, refresh_token): refresh_token.refresh_revoked = True


class ClientCredentialsGrant(grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = BOTH_AUTH_METHODS


class Validator(BearerTokenValidator):
    def authenticate_token(self, token_string): return TOKENS.get(token_string)


def save_token(data, req):
    grant_type = req.payload.grant_type
    origin = "client_credentials" if grant_type == "client_credentials" else "authorization_code"
    token = Token(data, req.client.client_id, req.user, origin)
    TOKENS[token.access_token] = token
    if token.refresh_token:
        REFRESH[token.refresh_token] = token
    STATS[{"refresh_token": "refresh_grants"}.get(grant_type, grant_type + "_grants")] += 1


def create_app(args):
    app = Flask(__name__)
    client = Client(args.client_id, args.client_secret, args.redirect_uri, args.scope)
    app.config.update(
        OAUTH2_REFRESH_TOKEN_GENERATOR=True,
        OAUTH2_TOKEN_EXPIRES_IN={g: args.access_ttl for g in
                                 ("authorization_code", "refresh_token", "client_credentials")},
        OAUTH2_SCOPES_SUPPORTED=scope_to_list(args.scope) or None,
    )
    server = AuthorizationServer(
        app, query_client=lambda cid: client if cid == client.client_id else None, save_token=save_token)
    server.register_grant(AuthorizationCodeGrant, [S256Required(required=True)])
    server.register_grant(RefreshTokenGrant)
    server.register_grant(ClientCredentialsGrant)
    protector = ResourceProtector()
    protector.register_token_validator(Validator())

    @app.get("/authorize")
    def authorize():
        with LOCK:
            try:
                grant = server.get_consent_grant(end_user=ALICE)
            except OAuth2Error as error:  # redirects only if redirect_uri was validated
                return server.handle_error_response(None, error)
            return server.create_authorization_response(grant_user=ALICE, grant=grant)

    @app.post("/token")
    def token():
        with LOCK:  # makes code single-use and refresh rotation atomic
            return server.create_token_response()

    @app.get("/api/me")
    def me():
        with LOCK:
            try:
                tok = protector.acquire_token()
            except OAuth2Error:
                resp = jsonify(error="invalid_token")
                resp.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
                return resp, 401
            return jsonify(user=tok.user or ALICE, client_id=tok.client_id, grant=tok.grant)

    @app.before_request
    def admin_loopback_only():
        if request.path.startswith("/admin/") and not ipaddress.ip_address(request.remote_addr).is_loopback:
            abort(403)

    @app.post("/admin/revoke-refresh-tokens")
    def revoke_refresh_tokens():
        with LOCK:
            for tok in REFRESH.values():
                tok.refresh_revoked = True
            return jsonify(ok=True)

    @app.post("/admin/expire-access-tokens")
    def expire_access_tokens():
        with LOCK:
            now = time.time()
            for tok in TOKENS.values():
                tok.expires_at = min(tok.expires_at, now)
            return jsonify(ok=True)

    @app.get("/admin/stats")
    def stats():
        with LOCK:
            active = sum(1 for t in REFRESH.values() if not t.refresh_revoked)
            return jsonify(**STATS, active_refresh_tokens=active)

    return app


def exit_when_stdin_closes():
    """Exits once stdin reaches its end: the test run that holds the other end has finished or died,
    so the server does not outlive it."""
    try:
        sys.stdin.buffer.read()
    finally:
        os._exit(0)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--client-id", required=True)
    p.add_argument("--client-secret", required=True)
    p.add_argument("--redirect-uri", required=True)
    p.add_argument("--access-ttl", type=int, default=3600)
    p.add_argument("--scope", default="read write")
    p.add_argument(
        "--exit-with-parent", action="store_true",
        help="exit when stdin closes (the process that started the server has gone)")
    args = p.parse_args()
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    httpd = make_server("127.0.0.1", args.port, create_app(args), threaded=True)
    # A parent may start this with SIGTERM blocked (its spawning thread's mask is inherited); unblock
    # it, or the test's stop() would leave the server running.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # SystemExit breaks serve_forever
    if args.exit_with_parent:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    print(f"LISTENING {httpd.server_port}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
