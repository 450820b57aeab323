"""Rate limits, quotas, concurrency caps and adaptive limiting.

Where each limit (`limits.…`) is enforced, and what an over-limit client sees:

- HTTP level, at the edge before authentication (an HTTP request as such is over its limit):
  `address` (every request from one client IP, `/healthz` exempt) and
  `connections.per_address` (new connections from one IP) → 429 with `Retry-After` and a
  JSON-RPC error body, reason `rate_limited`; `connections.body_timeout` → 408 `body_timeout`;
  `connections.header_timeout` → the connection is closed; `connections.max_concurrent` →
  uvicorn's 503.
- Call level, in the `limits` guard (a JSON-RPC request is over its limit): `user`, `session`,
  `upstream`, `tool` (`upstream/tool` globs; a rate per principal, or a mapping of `user`,
  `session`, `upstream` (every caller together) or `address` to rates) → JSON-RPC error -31001 with
  `data.reason = "rate_limited"` and `data.retry_after` (seconds); `quotas.user.calls|bytes`
  (per principal, per UTC day) → `quota_exceeded`; `concurrency.user|upstream` →
  `concurrency_limited`; `timeouts` (`upstream/tool` globs) tighten the request's time budget,
  after which the gateway answers -31003 `upstream_timeout` and cancels the upstream call.

Anonymous callers (`auth: none`) are counted per client IP. Rate levels use GCRA. With
`state: redis://…` the call-level rates and quotas live in Redis (one Lua script, one round trip
per call, shared by every replica); a Redis outage refuses calls with `limiter_unavailable`
(-31004) unless `on_store_error: allow`. Address and connection limits, concurrency caps and
adaptive state are per replica. Adaptive limiting divides a principal's (or an address's) rates
by `adaptive.factor` after `adaptive.trips` guard denials within `adaptive.window` seconds, until
`adaptive.quiet` seconds pass without one; both changes are `limits` events on the event bus.

Wiring: the `limits` guard joins the chain right after `authz` whenever `limits:` is set; the
edge gets its checks from `service.attach_limits(config, bus, services)`, and the HTTP server
its options from `connections.http_protocol` / `connections.max_connections`.
"""
