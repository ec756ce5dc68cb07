#!/usr/bin/env python3
"""Query directory.json with AND of criteria, as the evaluation judges a list.
Usage: python3 q.py specialty=dentistry insurer=axa language=en,ja district=wuhou emergency=1 direct_billing=1 ids=a,b
As a module: query(criteria_dict) -> list of hospital ids."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path=None):
    with open(path or os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        return json.load(f)


def matches(h, c):
    if "ids" in c and h["id"] not in c["ids"]:
        return False
    if "language" in c and not all(l in h["languages"] for l in c["language"]):
        return False
    if "specialty" in c and c["specialty"] not in h["specialties"]:
        return False
    if "insurer" in c and c["insurer"] not in h.get("direct_billing", []):
        return False
    if "district" in c and h["district"] != c["district"]:
        return False
    if c.get("emergency") and not h.get("emergency_24h"):
        return False
    if c.get("direct_billing") and not h.get("direct_billing"):
        return False
    return True


def query(c, directory=None):
    d = directory or load()
    return [h["id"] for h in d["hospitals"] if matches(h, c)]


if __name__ == "__main__":
    c = {}
    for arg in sys.argv[1:]:
        k, v = arg.split("=", 1)
        if k in ("language", "ids"):
            c[k] = v.split(",")
        elif k in ("emergency", "direct_billing"):
            c[k] = True
        else:
            c[k] = v
    r = query(c)
    print(len(r), r)
