#!/usr/bin/env python3
"""Writes the leaderboard ratings of a research file (r4-quality.json layout)
into the provider files as each model's `quality` list, and `rated_as` on the
reseller rows it names. Only copies figures; never computes a rating.

Usage: add-quality.py RATINGS.json [pricing-data]
"""
import json
import os
import sys

src = json.load(open(sys.argv[1], encoding="utf-8"))
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "pricing-data")

by_model = {}
for r in src["ratings"]:
    if r.get("in_catalog") is False or r.get("variant"):
        continue
    key = (r["model"], r["leaderboard"])
    if r.get("latest") and (key not in by_model or r["source"]["as_of"] > by_model[key]["source"]["as_of"]):
        by_model[key] = r
with_votes = {(r["model"], r["leaderboard"]): r for r in src["ratings"]
              if r.get("latest_with_votes") and not r.get("variant") and r.get("in_catalog") is not False}
category = {b["id"]: b["category"] for b in src["leaderboards"]}


def entry(r):
    e = {"leaderboard": r["leaderboard"], "category": category[r["leaderboard"]], "rating": r["rating"],
         "ci_low": r["ci_low"], "ci_high": r["ci_high"]}
    if r.get("votes") is not None:
        e["votes"] = r["votes"]
    e["source"] = {"url": r["source"]["url"], "as_of": r["source"]["as_of"]}
    notes = [f"Board row '{r['board_name']}' ({r.get('match', 'exact')} match)."]
    if r.get("votes") is None:
        v = with_votes.get((r["model"], r["leaderboard"]))
        if v and v.get("votes") is not None:
            notes.append(f"Votes not published with this board; the {v['source']['as_of']} board had "
                         f"{v['votes']:,} votes (rating {v['rating']}).")
    if r.get("note"):
        notes.append(r["note"])
    e["note"] = " ".join(notes)
    return e


ratings = {}
for (model, board), r in sorted(by_model.items()):
    ratings.setdefault(model, []).append(entry(r))
order = ["lmarena-text-to-image", "lmarena-image-edit"]
for v in ratings.values():
    v.sort(key=lambda e: order.index(e["leaderboard"]))
rated_as = {reseller: vendor for vendor, rows in src["served_by"].items() for reseller in rows}


def object_end(text, start):
    """Index of the '}' closing the object that opens at text[start] == '{'."""
    depth, i, in_string = 0, start, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced")


def insert(text, model_id, key, value):
    marker = f'"id": "{model_id}"'
    at = text.find(marker)
    if at < 0:
        return text, False
    start = text.rfind("{", 0, at)
    end = object_end(text, start)
    body = text[start:end]
    indent = " " * (len(text[text.rfind("\n", 0, at) + 1:at]))
    if "\n" + indent + f'"{key}": ' in body:
        return text, True
    dumped = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    close = text.rfind("\n", start, end)
    stripped = text[:close].rstrip()
    return stripped + ",\n" + indent + f'"{key}": ' + dumped + text[close:], True


done = set()
for name in sorted(os.listdir(data)):
    if not name.endswith(".json") or name.endswith("schema.json") or name == "defaults.json":
        continue
    path = os.path.join(data, name)
    text = open(path, encoding="utf-8").read()
    ids = {m["id"] for m in json.loads(text).get("models", [])}
    for model in sorted(ids):
        if model in ratings:
            text, ok = insert(text, model, "quality", ratings[model])
            done.add(model)
        elif model in rated_as:
            text, ok = insert(text, model, "rated_as", rated_as[model])
            done.add(model)
    json.loads(text)
    open(path, "w", encoding="utf-8").write(text)
missing = sorted(set(ratings) | set(rated_as) - done)
missing = [m for m in sorted(set(ratings) | set(rated_as)) if m not in done]
print(f"rated {len([m for m in ratings if m in done])} models, rated_as on "
      f"{len([m for m in rated_as if m in done])} rows; not in the catalog: {missing}")
