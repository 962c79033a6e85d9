#!/usr/bin/env python3
"""Score a Tiegraph graph against gold.md.
Precision unit: one piece of tie evidence (one relation read from one sentence).
  right: matches a core or opt gold relation of its article (pair, type, direction)
  wrong-dir: a gold relation with that pair and type exists, but direction differs
  wrong-type: the pair is in gold for this article, but not with this type
  other: not in gold -> judged by hand in judgments.tsv (right / wrong-type / wrong-dir / none)
Recall unit: one [core] gold relation; found if some evidence of its article matches it.
With --candidates <candidates.json> (written beside graph.json by `npm run compile`), also: recall of
core relations by stated ties alone, by stated ties + candidates (a candidate of the same article
matching pair, type and direction), and candidates per core gold relation (a reviewer's time)."""
import json, os, re, sys, collections
gold_path, graph_path = sys.argv[1], sys.argv[2]
args = [a for a in sys.argv[3:] if not a.startswith("-")]
cand_path = None
if "--candidates" in sys.argv:
    cand_path = sys.argv[sys.argv.index("--candidates") + 1]
    args = [a for a in args if a != cand_path]
judg_path = args[0] if args else None
gold = collections.defaultdict(list)
art = None
for line in open(gold_path):
    m = re.match(r"## (\S+)", line)
    if m: art = m.group(1); continue
    m = re.match(r"- \[(core|opt)\] (\S+?)(<>|>)(\S+) (\S+) — (.*)", line)
    if m:
        kind, a, d, b, types, note = m.groups()
        gold[art].append(dict(kind=kind, a=a, b=b, mutual=d == "<>", types=types.split("|"), note=note.strip()))
g = json.load(open(graph_path))

def utf16_slice(text, start, end):
    """text[start:end] counted in UTF-16 code units, as the compiler's offsets are."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")

def tie_evidence(tie):
    """A tie's evidence: in graph.json when compiled in memory, else in the file it names beside it
    (src/graph/evidence-file.ts: [article, start, quote, fields], fields only where they differ from
    what the article and the tie imply; a cue or claimant in the quote as offsets into it)."""
    if "evidence" in tie: return tie["evidence"]
    data = json.load(open(os.path.join(os.path.dirname(graph_path), tie["evidenceFile"])))
    out = []
    for row in data["sentences"]:
        a, start, q = row[:3]
        fields = row[3] if len(row) > 3 else {}
        quote = data["quotes"][q]
        cue = fields.get("cue")
        if isinstance(cue, list): cue = {"text": utf16_slice(quote, cue[0], cue[1]), "pattern": cue[2]}
        claimant = fields.get("claimant", {"text": None})
        if isinstance(claimant, list): claimant = {"kind": claimant[0], "text": utf16_slice(quote, claimant[1], claimant[2]), "actorId": claimant[3]}
        out.append({"articleId": data["articles"][a], "start": start, "quote": quote, "cue": cue, "claimant": claimant,
                    "direction": fields.get("direction", "source-to-target" if tie["direction"] == "directed" else "mutual"),
                    "historical": fields.get("historical")})
    return out

for t in g["ties"]: t["evidence"] = tie_evidence(t)
judg = {}
if judg_path:
    for line in open(judg_path):
        if line.startswith("#") or not line.strip(): continue
        parts = line.rstrip("\n").split("\t")
        judg[tuple(parts[:5])] = parts[5]
def match(g_, agent, target, mutual, typ):
    pair = {g_["a"], g_["b"]} == {agent, target}
    if not pair: return None
    if typ not in g_["types"]: return "wrong-type"
    if g_["mutual"]: return "right"
    if mutual: return "wrong-dir"
    return "right" if (g_["a"], g_["b"]) == (agent, target) else "wrong-dir"
rows = []
for t in g["ties"]:
    for e in t["evidence"]:
        if e["direction"] == "mutual": agent, target, mutual = t["source"], t["target"], True
        elif e["direction"] == "source-to-target": agent, target, mutual = t["source"], t["target"], False
        else: agent, target, mutual = t["target"], t["source"], False
        res = [match(x, agent, target, mutual, t["type"]) for x in gold[e["articleId"]]]
        label = "right" if "right" in res else "wrong-dir" if "wrong-dir" in res else "wrong-type" if "wrong-type" in res else "other"
        key = (e["articleId"], str(e["start"]), f"{agent}{'<>' if mutual else '>'}{target}", t["type"], e["cue"]["text"] if e["cue"] else "")
        if label == "other" or key in judg:
            label = judg.get(key, "UNJUDGED")
        rows.append((label, key, e["quote"], e.get("historical"), e["claimant"].get("text")))
counts = collections.Counter(r[0] for r in rows)
n = len(rows)
print(f"evidence: {n}  " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f"  precision {counts['right']/n:.2f}" if n else "no evidence")
found = 0; core = 0; missed = []
for a, lst in gold.items():
    for x in lst:
        if x["kind"] != "core": continue
        core += 1
        ok = False
        for t in g["ties"]:
            for e in t["evidence"]:
                if e["articleId"] != a: continue
                if e["direction"] == "mutual": ag, tg, mu = t["source"], t["target"], True
                elif e["direction"] == "source-to-target": ag, tg, mu = t["source"], t["target"], False
                else: ag, tg, mu = t["target"], t["source"], False
                key = (e["articleId"], str(e["start"]), f"{ag}{'<>' if mu else '>'}{tg}", t["type"], e["cue"]["text"] if e["cue"] else "")
                if judg.get(key, "right") != "right": continue
                if match(x, ag, tg, mu, t["type"]) == "right": ok = True
        if ok: found += 1; x["stated"] = True
        else: missed.append((a[:10], f"{x['a']}{'<>' if x['mutual'] else '>'}{x['b']}", "|".join(x["types"]), x["note"]))
print(f"recall: {found}/{core} = {found/core:.2f}")
if "-v" in sys.argv:
    for r in sorted(rows, key=lambda r: (r[0], r[1])):
        print(f"{r[0]:10} {r[1][0][:10]} {r[1][1]:>5} {r[1][2]:35} {r[1][3]:22} cue={r[1][4]!r} hist={r[3]} claim={r[4]!r}\n           {r[2][:260]}")
if "-m" in sys.argv:
    for m in missed: print("MISSED", *m)

if cand_path:
    def read_candidates(path):
        """candidates.json: version 2 keeps each sentence once and each candidate as a row (src/graph/candidates.ts)."""
        data = json.load(open(path))
        if data.get("version") == 1:
            return data["candidates"]
        sentences = data["sentences"]
        return [{"articleId": sentences[s][0], "source": source, "target": target, "mutual": mutual == 1, "type": type_}
                for s, _id, _year, source, target, mutual, type_, *_rest in data["candidates"]]
    cands = [c for c in read_candidates(cand_path) if c["articleId"] in gold]
    by_cand = 0; cand_right = 0; cand_missed = []
    for c in cands:
        if any(match(x, c["source"], c["target"], c["mutual"], c["type"]) == "right" for x in gold[c["articleId"]]): cand_right += 1
    for a, lst in gold.items():
        for x in lst:
            if x["kind"] != "core" or x.get("stated"): continue
            if any(c["articleId"] == a and match(x, c["source"], c["target"], c["mutual"], c["type"]) == "right" for c in cands): by_cand += 1
            else: cand_missed.append((a[:10], f"{x['a']}{'<>' if x['mutual'] else '>'}{x['b']}", "|".join(x["types"]), x["note"]))
    print(f"candidates: {len(cands)}, {cand_right} matching a gold relation ({cand_right/max(len(cands),1):.2f})")
    print(f"core recall: stated {found}/{core} = {found/core:.2f}; stated + candidates {found+by_cand}/{core} = {(found+by_cand)/core:.2f}")
    print(f"candidates per core gold relation: {len(cands)/core:.2f}")
    # what a reviewer can still reach: the right pair put before them (stated or proposed) with another
    # type or direction, which `t` (retype) or `d` (direction) in the Review view fixes
    reach = 0
    for a, lst in gold.items():
        pairs = {frozenset([t["source"], t["target"]]) for t in g["ties"] for e in t["evidence"] if e["articleId"] == a}
        pairs |= {frozenset([c["source"], c["target"]]) for c in cands if c["articleId"] == a}
        reach += sum(1 for x in lst if x["kind"] == "core" and frozenset([x["a"], x["b"]]) in pairs)
    print(f"core relations whose pair a reviewer is shown (type/direction fixable with t/d): {reach}/{core} = {reach/core:.2f}")
    if "-m" in sys.argv:
        for m in cand_missed: print("MISSED BY BOTH", *m)
