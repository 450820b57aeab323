"""Prometheus metrics for operators.

`mcpwarden.metrics.exporter.attach_metrics(config, events, app)` wires them in; other
components add gauges with `Metrics.register_collector(name, fn)`, where `fn()` returns an
iterable of `mcpwarden.metrics.registry.Sample` and runs at every scrape (on the event loop:
keep it cheap and non-blocking). Kept free of imports: `mcpwarden.config` imports the settings.
"""
