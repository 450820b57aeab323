"""Development sets for detector benchmarks."""
