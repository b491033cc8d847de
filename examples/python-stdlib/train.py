"""Trains the classifier on the training split and writes out/model.json (the artifact)."""

import os

from lepton_iris.config import load_config
from lepton_iris.data import load_iris, select, split
from lepton_iris.model import fit, save

config = load_config()
train, _ = split(load_iris("data/iris.csv"), config["seed"], config["test_fraction"])
model = fit(
    [select(x, config["features"]) for x, _ in train],
    [y for _, y in train],
    config["min_stdev"],
)
os.makedirs("out", exist_ok=True)
save("out/model.json", config, model)
print(f"trained on {len(train)} flowers, features: {', '.join(config['features'])}")
