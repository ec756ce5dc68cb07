import json, sys
D = json.load(open("/tmp/ds4/directory.json"))
def match(h, c):
    if "ids" in c: return h["id"] in c["ids"]
    for k, v in c.items():
        if k == "language" and not all(l in h["languages"] for l in v): return False
        if k == "specialty" and v not in h["specialties"]: return False
        if k == "insurer" and v not in h.get("direct_billing", []): return False
        if k == "district" and h["district"] != v: return False
        if k == "emergency" and v and not h.get("emergency_24h"): return False
        if k == "direct_billing" and v and not h.get("direct_billing"): return False
    return True
if __name__ == "__main__":
    c = eval("dict(%s)" % " ".join(sys.argv[1:]))
    for h in D["hospitals"]:
        if match(h, c): print(h["id"], h["district"], " ".join(h["languages"]), "|", " ".join(h["direct_billing"]))
