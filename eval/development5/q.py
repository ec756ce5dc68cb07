#!/usr/bin/env python3
"""List the hospitals of directory.json matching criteria.

usage: python3 q.py specialty=dentistry language=en,ko insurer=cigna district=wuhou emergency=1 direct_billing=1
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path=None):
    with open(path or os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        return json.load(f)


def match(h, c):
    if "ids" in c:
        return h["id"] in c["ids"]
    for k, v in c.items():
        if k == "language":
            if not all(x in h["languages"] for x in v):
                return False
        elif k == "specialty":
            if v not in h["specialties"]:
                return False
        elif k == "insurer":
            if v not in h.get("direct_billing", []):
                return False
        elif k == "district":
            if h["district"] != v:
                return False
        elif k == "emergency":
            if not h.get("emergency_24h", False):
                return False
        elif k == "direct_billing":
            if not h.get("direct_billing"):
                return False
        else:
            raise KeyError("unknown criterion %r" % k)
    return True


def query(c, data=None):
    data = data or load()
    return [h["id"] for h in data["hospitals"] if match(h, c)]


if __name__ == "__main__":
    c = {}
    for a in sys.argv[1:]:
        k, v = a.split("=", 1)
        if k == "language":
            c[k] = v.split(",")
        elif k == "ids":
            c[k] = v.split(",")
        elif k in ("emergency", "direct_billing"):
            c[k] = True
        else:
            c[k] = v
    data = load()
    for h in data["hospitals"]:
        if match(h, c):
            print("%-16s %-15s %-22s %s" % (h["id"], h["district"], ",".join(h["languages"]),
                                             ",".join(h.get("direct_billing", []))))
    print("total", len(query(c, data)))
