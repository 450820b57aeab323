"""Draws bench/results/peers.png from the JSON that bench_peers.py wrote (run in the peers'
chart venv, which has matplotlib): added p50 and p99 latency per system, log scale."""

import json
import sys
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def main(source: str, target: str) -> None:
    with open(source) as handle:
        data = json.load(handle)
    rows = [row for row in data["rows"] if row["measured"] and not row["baseline"]]
    names = ["\n".join(textwrap.wrap(row["name"], 16)) for row in rows]
    p50 = [max(row["added_p50_ms"], 0.001) for row in rows]
    p99 = [max(row["added_p99_ms"], 0.001) for row in rows]
    fig, ax = plt.subplots(figsize=(10, 5), dpi=120)
    x = range(len(rows))
    bars50 = ax.bar([i - 0.2 for i in x], p50, width=0.4, label="added p50")
    bars99 = ax.bar([i + 0.2 for i in x], p99, width=0.4, label="added p99")
    ax.bar_label(bars50, labels=[f"{v:.2f}" for v in p50], fontsize=7)
    ax.bar_label(bars99, labels=[f"{v:.2f}" for v in p99], fontsize=7)
    ax.set_yscale("log")
    ax.set_ylabel("ms added to a direct call (log scale)")
    ax.set_xticks(list(x), names, fontsize=8)
    ax.set_title(f"tools/call added latency at c=1 vs direct ({data['direct']['p50_ms']:.2f} ms "
                 f"p50 direct) — {data['when']}", fontsize=9)
    ax.legend()
    fig.tight_layout()
    fig.savefig(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
