"""make bench: the directory, the matcher, the assistant, then two replicas under load and the soak."""

from __future__ import annotations

import sys

from bench import chat_bench, directory_bench, matcher_bench, replica_bench

if __name__ == "__main__":
    parts = sys.argv[1:] or ["directory", "matcher", "chat", "replicas"]
    if "directory" in parts:
        directory_bench.run()
    if "matcher" in parts:
        matcher_bench.run()
    if "chat" in parts:
        chat_bench.run()
    if "replicas" in parts:
        replica_bench.run()
