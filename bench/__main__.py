"""make bench: the directory first, then the matcher, then the assistant."""

from __future__ import annotations

import sys

from bench import chat_bench, directory_bench, matcher_bench

if __name__ == "__main__":
    parts = sys.argv[1:] or ["directory", "matcher", "chat"]
    if "directory" in parts:
        directory_bench.run()
    if "matcher" in parts:
        matcher_bench.run()
    if "chat" in parts:
        chat_bench.run()
