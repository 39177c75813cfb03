#!/usr/bin/env python3
"""Writes the workspace scripts/bench.sh opens to measure fairterms at its caps (issue 14).

Every list is at its cap (core/base/input_limits.h): 2,000 data assets, 500 quotes, 200 value-share
scenarios. The assessment carries its own instrument of 200 indicators (the built-in 48, each domain filled
out with numbered copies to 25 indicators), and every indicator is answered with 2,000 characters of
evidence and an action, so the action plan holds 200 actions. The text is plain English of realistic
length, varied so no two records are alike, and deterministic (same file every run).

Usage: make_capped_workspace.py OUT.json [REPO_ROOT]
The result passes `fairterms validate` (the workspace envelope) and its assessment, quote requests and value
requests each pass it too (tests/bench/check_capped_workspace.sh checks all of them).
"""
import json
import os
import random
import sys

ASSETS = 2000
QUOTES = 500
SCENARIOS = 200
INDICATORS_PER_DOMAIN = 25   # 8 domains x 25 = 200 indicators, 200 answers, 200 actions
EVIDENCE_CHARS = 2000

WORDS = ("the trust keeps a register of each data asset with its steward, date range, source systems and "
         "quality checks; the information governance team reviews access requests monthly and records every "
         "decision in the data access log, which the caldicott guardian signs off before any release to a "
         "partner under a data sharing agreement with a named purpose and an end date").split()


def prose(rng: random.Random, chars: int) -> str:
    """Sentences of plausible words, exactly `chars` characters long."""
    out = []
    n = 0
    while n < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18)))
        sentence = sentence[0].upper() + sentence[1:] + ". "
        out.append(sentence)
        n += len(sentence)
    return "".join(out)[:chars].rstrip().ljust(chars, ".")


def instrument(root: str) -> dict:
    with open(os.path.join(root, "assets/instrument/readiness.json"), encoding="utf-8") as f:
        doc = json.load(f)
    doc["id"] = "fairterms-readiness-bench"
    doc["title"] = doc["title"] + " (extended for load testing)"
    for domain in doc["domains"]:
        base = list(domain["indicators"])
        n = 0
        while len(domain["indicators"]) < INDICATORS_PER_DOMAIN:
            src = base[n % len(base)]
            n += 1
            copy = json.loads(json.dumps(src))
            copy["id"] = f"{src['id']}_{n + 1}"
            copy["title"] = f"{src['title']} ({n + 1})"
            copy["critical"] = False
            domain["indicators"].append(copy)
    return doc


def answers(rng: random.Random, inst: dict) -> dict:
    out = {}
    priorities = ["high", "medium", "low", None]
    for d in inst["domains"]:
        for ind in d["indicators"]:
            # Below the target of 3 (or not known), so every answer's action is in the action plan: 200 actions.
            level = rng.choice([1, 2, 2, "not_known"])
            a = {"level": level, "certainty": rng.choice(["low", "medium", "high"]),
                 "evidence": prose(rng, EVIDENCE_CHARS),
                 "note": prose(rng, rng.randint(60, 300)),
                 "action": {"text": "Agree and fund: " + prose(rng, rng.randint(80, 200)),
                            "owner": rng.choice(["Head of information governance", "Chief clinical information officer",
                                                 "Data protection officer", "Director of research and development"]),
                            "due": f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}}
            p = rng.choice(priorities)
            if p:
                a["action"]["priority"] = p
            out[ind["id"]] = a
    return out


def assets(rng: random.Random, root: str) -> list:
    with open(os.path.join(root, "assets/instrument/asset-rating.json"), encoding="utf-8") as f:
        scheme = json.load(f)
    subs = [s["id"] for c in scheme["categories"] for s in c["subdimensions"]]
    kinds = ["Pathology results", "Radiology reports", "Outpatient attendances", "Emergency attendances",
             "Maternity records", "Critical care observations", "Cancer registry extract", "Prescribing records",
             "Theatre episodes", "Community contacts"]
    out = []
    for i in range(ASSETS):
        y0 = rng.randint(2000, 2018)
        a = {"id": f"asset-{i + 1}", "name": f"{rng.choice(kinds)} {2000 + i % 25} ({i + 1})",
             "description": prose(rng, rng.randint(150, 400)),
             "data_types": rng.sample(["structured", "free text", "imaging", "genomic", "coded"], 2),
             "records": rng.randint(1000, 90_000_000),
             "date_from": f"{y0}-04-01", "date_to": f"{y0 + rng.randint(1, 8)}-03-31",
             "source_systems": rng.sample(["EPR", "LIMS", "PACS", "PAS", "ePMA", "ICE"], 2),
             "steward": f"Data steward {i % 40 + 1}",
             "ig_notes": prose(rng, rng.randint(80, 250)),
             "deidentification": rng.choice(["identifiable", "pseudonymised", "anonymised", "aggregated"]),
             "access_routes": sorted(rng.sample(["sde", "federated", "aggregate_outputs", "extract"], 2),
                                     key=["sde", "federated", "aggregate_outputs", "extract"].index),
             "ratings": {s: rng.choice(["unrated", "bronze", "silver", "gold", "platinum"]) for s in subs}}
        out.append(a)
    return out


def profiles(rng: random.Random, root: str) -> list:
    with open(os.path.join(root, "assets/instrument/asset-rating.json"), encoding="utf-8") as f:
        scheme = json.load(f)
    subs = [s["id"] for c in scheme["categories"] for s in c["subdimensions"]]
    return [{"id": f"profile-{i + 1}", "name": f"Partner requirement {i + 1}",
             "minimums": {s: rng.choice(["bronze", "silver", "gold"]) for s in rng.sample(subs, 4)}} for i in range(5)]


def quotes(rng: random.Random) -> list:
    cards = [("nhse-sde-2026", ["standard", "enriched", "complex"])]
    out = []
    for i in range(QUOTES):
        card, types = cards[0]
        req = {"schema": "fairterms/quote-request@1", "rate_card": card,
               "partner": {"name": f"Partner organisation {i % 120 + 1}",
                           "kind": rng.choice(["university", "company", "nhs", "charity"])},
               "use": rng.choice(["commercial", "non_commercial"]),
               "purpose": prose(rng, rng.randint(80, 300)),
               "duration_months": rng.randint(6, 48), "users": rng.randint(1, 8),
               "output_checks": rng.randint(0, 40) * 100,
               "datasets": [{"name": f"Dataset {j + 1}", "data_type": rng.choice(types),
                             "years_of_data": rng.randint(0, 10), "refreshes": rng.randint(1, 4),
                             "linkages": rng.randint(0, 2)} for j in range(rng.randint(1, 4))],
               "reference": f"RQ-2026-{i + 1:04d}", "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "valid_for_days": 90}
        entry = {"name": f"Quote {i + 1}: {req['partner']['name']}", "request": req}
        if i < 3:
            entry["compare"] = True
        out.append(entry)
    return out


def scenarios(rng: random.Random) -> list:
    out = []
    for i in range(SCENARIOS):
        years = rng.randint(3, 10)
        req = {"schema": "fairterms/value-request@1", "title": f"Scenario {i + 1}",
               "contributions": [{"party": "nhs", "org": "North Trust", "kind": "source_data", "weight": rng.randint(1, 5)},
                                 {"party": "nhs", "org": "South Trust", "kind": "source_data", "weight": 1.5},
                                 {"party": "partner", "kind": "product_development", "weight": rng.randint(2, 5)}],
               "data_attribution": rng.choice([0.1, 0.2, 0.3, 0.4]), "maturity_level": rng.randint(1, 5),
               "horizon_years": years,
               "revenue_forecast_pence": [rng.randint(1, 50) * 10_000_000 for _ in range(years)],
               "discount": rng.choice(["green_book", "green_book_health"]),
               "mechanisms": {"upfront": {"amount_pence": rng.randint(1, 20) * 1_000_000},
                              "subscription": {"annual_pence": 1_000_000, "years": min(3, years)},
                              "milestones": [{"name": "CE mark", "year": min(2, years), "amount_pence": 2_500_000,
                                              "probability": 0.6}],
                              "royalty": {"cap_pence": 10_000_000, "years": years}}}
        out.append({"name": f"Value scenario {i + 1}", "request": req})
    return out


def main() -> None:
    out_path = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..")
    rng = random.Random(14)
    inst = instrument(root)
    ws = {
        "schema": "fairterms/workspace@1",
        "organisation": {"name": "Northfield Teaching Hospitals NHS Foundation Trust",
                         "address": "1 Hospital Road\nNorthfield\nNF1 1AA", "contact_name": "Research Office",
                         "email": "research@northfield.example.nhs.uk"},
        "assessment": {"schema": "fairterms/assessment@1",
                       "organisation": "Northfield Teaching Hospitals NHS Foundation Trust",
                       "assessed_on": "2026-06-30", "target_level": 3, "instrument": inst,
                       "answers": answers(rng, inst), "assets": assets(rng, root), "profiles": profiles(rng, root)},
        "quotes": quotes(rng),
        "value_scenarios": scenarios(rng),
        "strategy": {"schema": "fairterms/strategy@1", "organisation": "Northfield Teaching Hospitals NHS Foundation Trust",
                     "owner": "the Chief Digital Information Officer", "sections": {}},
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(ws, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
