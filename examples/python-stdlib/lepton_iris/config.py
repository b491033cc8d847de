"""The model's settings: a component, so changing them makes a new version."""

import json


def load_config(path="config/model.json"):
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    if not isinstance(config.get("features"), list):
        raise ValueError(f"{path}: features must be a list")
    if not 0 < config.get("test_fraction", 0) < 1:
        raise ValueError(f"{path}: test_fraction must be between 0 and 1")
    if not isinstance(config.get("seed"), int):
        raise ValueError(f"{path}: seed must be an integer")
    if not config.get("min_stdev", 0) > 0:
        raise ValueError(f"{path}: min_stdev must be positive")
    return config
