#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the request tables of the bundled crossings scenarios (Models/scenarios/crossings/),
seeded, so that they can be made again: python3 Benchmarks/crossings-scenarios.py"""
import csv
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(os.path.dirname(here), "Models", "scenarios", "crossings")

# Driving hours from the main origins (Almaty, the Almaty region's logistics hubs, East
# Kazakhstan) to each checkpoint: estimates from road distances at 60-70 km/h.
CHECKPOINTS = ["nur-zholy", "kalzhat", "bakhty", "maykapshagay", "dostyk"]
ORIGINS = {
    "almaty": {"nur-zholy": 5.5, "kalzhat": 5.0, "dostyk": 9.5, "bakhty": 14.0, "maykapshagay": 16.0},
    "taldykorgan": {"nur-zholy": 4.5, "kalzhat": 6.5, "dostyk": 5.0, "bakhty": 10.0, "maykapshagay": 12.0},
    "ust-kamenogorsk": {"bakhty": 9.0, "maykapshagay": 5.5, "dostyk": 10.0},
    "zharkent": {"nur-zholy": 0.5, "kalzhat": 2.0},
}
CLASSES = [("general", 0.70), ("perishable", 0.15), ("empty", 0.10), ("hazardous", 0.05)]
CARRIERS = ["Transit-KZ", "Khorgos Logistics", "Almaty Trans", "Zhetysu Cargo", "Altai Freight"]


def cargo(rng):
    x = rng.random()
    for name, share in CLASSES:
        if x < share:
            return name
        x -= share
    return "general"


def requests(rng, count, ready_from, ready_to, backlog=0, classes=True):
    rows = []
    for number in range(count):
        origin = rng.choices(list(ORIGINS), weights=[0.45, 0.2, 0.15, 0.2])[0]
        reachable = ORIGINS[origin]
        allowed = sorted(rng.sample(sorted(reachable), k=min(len(reachable), rng.choice([1, 1, 2, 2, 3]))))
        in_backlog = number < backlog
        # The e-queue backlog: trucks that booked days ago and wait near the border.
        ready = round(rng.uniform(-72, -1), 1) if in_backlog else round(rng.uniform(ready_from, ready_to), 1)
        row = {
            "id": f"R{number + 1:04d}",
            "carrier": rng.choice(CARRIERS),
            "trucks": rng.randint(3, 15) if in_backlog else rng.randint(1, 8),
            "class": cargo(rng) if classes else "general",
            "ready": ready,
            "checkpoints": ";".join(allowed),
        }
        for checkpoint in CHECKPOINTS:
            row[f"travel_hours.{checkpoint}"] = reachable[checkpoint] if checkpoint in allowed else ""
        rows.append(row)
    return rows


def write(name, rows):
    columns = ["id", "carrier", "trucks", "class", "ready", "checkpoints"] + [f"travel_hours.{c}" for c in CHECKPOINTS]
    with open(os.path.join(out, name), "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} requests, {sum(r['trucks'] for r in rows)} trucks")


os.makedirs(out, exist_ok=True)
# Three ordinary days: about 450 trucks a day over all crossings (Q1 2025), by cargo class.
write("three-days-requests.csv", requests(random.Random(2026), 300, -12, 60))
# An e-queue backlog of several thousand trucks plus the three days' new bookings; one class, so
# each checkpoint has one lane time per truck and the network path applies.
write("backlog-requests.csv", requests(random.Random(49), 900, -12, 60, backlog=600, classes=False))
# Two days for lane planning at the two busiest crossings.
write("lane-planning-requests.csv", requests(random.Random(7), 160, -6, 40))
