"""Stage `prepare`: a stratified split of data/iris.csv into data/prepared/{train,test}.csv."""

import csv
import os
import random

from params import load

params = load()["prepare"]
with open("data/iris.csv", newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)

rng = random.Random(params["seed"])
train, test = [], []
for species in sorted({r[-1] for r in rows}):
    group = [r for r in rows if r[-1] == species]
    rng.shuffle(group)
    n_test = round(len(group) * params["test_fraction"])
    test += group[:n_test]
    train += group[n_test:]

os.makedirs("data/prepared", exist_ok=True)
for name, part in (("train", train), ("test", test)):
    with open(f"data/prepared/{name}.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([header] + part)
print(f"prepare: {len(train)} train rows, {len(test)} test rows")
