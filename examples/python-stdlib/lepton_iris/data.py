"""Reading the bundled CSV and splitting it the same way on every machine."""

import csv
import random

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def load_iris(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != FEATURES + ["species"]:
            expected = FEATURES + ["species"]
            raise ValueError(f"{path}: expected columns {expected}, found {reader.fieldnames}")
        return [({k: float(row[k]) for k in FEATURES}, row["species"]) for row in reader]


def split(rows, seed, test_fraction):
    """A stratified split: each species keeps its share in both halves."""
    rng = random.Random(seed)
    train, test = [], []
    for species in sorted({s for _, s in rows}):
        group = [r for r in rows if r[1] == species]
        rng.shuffle(group)
        n_test = round(len(group) * test_fraction)
        test += group[:n_test]
        train += group[n_test:]
    return train, test


def select(features, names):
    unknown = [n for n in names if n not in FEATURES]
    if unknown or not names:
        raise ValueError(f"features must be a non-empty subset of {FEATURES}")
    return [features[n] for n in names]
