"""make bench: the directory first, then the assistant."""

from __future__ import annotations

import sys

from bench import chat_bench, directory_bench

if __name__ == "__main__":
    parts = sys.argv[1:] or ["directory", "chat"]
    if "directory" in parts:
        directory_bench.run()
    if "chat" in parts:
        chat_bench.run()
