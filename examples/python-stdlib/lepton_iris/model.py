"""Gaussian naive Bayes: one normal distribution per species and feature."""

import json
import math
from statistics import NormalDist, fmean, stdev


def fit(samples, labels, min_stdev):
    """samples: lists of feature values; labels: the species of each."""
    model = {}
    for species in sorted(set(labels)):
        rows = [x for x, y in zip(samples, labels) if y == species]
        columns = list(zip(*rows))
        model[species] = {
            "prior": len(rows) / len(samples),
            # A floor on the spread keeps one tight feature from dominating every decision.
            "mean": [fmean(c) for c in columns],
            "stdev": [max(stdev(c), min_stdev) for c in columns],
        }
    return model


def predict(model, sample):
    def log_likelihood(params):
        total = math.log(params["prior"])
        for x, mu, sigma in zip(sample, params["mean"], params["stdev"]):
            total += math.log(max(NormalDist(mu, sigma).pdf(x), 1e-300))
        return total

    return max(sorted(model), key=lambda species: log_likelihood(model[species]))


def save(path, config, model):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"config": config, "classes": model}, f, indent=2, sort_keys=True)


def load(path):
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    return saved["config"], saved["classes"]
