"""`make bench`: benchmarks that report figures (targets are printed beside them, never asserted)."""
