"""Evaluates out/model.json on the held-out flowers and writes out/metrics.json.

Recall is nested per species (Lepton reads it as `recall.setosa`); latency is
machine-dependent, so lepton.yml only warns on it.
"""

import json
import time

from lepton_iris.data import load_iris, select, split
from lepton_iris.model import load, predict

config, model = load("out/model.json")
_, test = split(load_iris("data/iris.csv"), config["seed"], config["test_fraction"])
inputs = [select(x, config["features"]) for x, _ in test]
actual = [y for _, y in test]
predicted = [predict(model, x) for x in inputs]

times = []
for _ in range(5):
    for x in inputs:
        start = time.perf_counter()
        predict(model, x)
        times.append((time.perf_counter() - start) * 1000)
times.sort()


def percentile(p):
    return times[min(len(times) - 1, int(p * len(times)))]


species = sorted(set(actual))
recall, f1 = {}, []
for s in species:
    tp = sum(1 for a, p in zip(actual, predicted) if a == s and p == s)
    positives = sum(1 for a in actual if a == s)
    predicted_s = sum(1 for p in predicted if p == s)
    r = tp / positives
    precision = tp / predicted_s if predicted_s else 0.0
    recall[s] = round(r, 4)
    f1.append(2 * precision * r / (precision + r) if precision + r else 0.0)

metrics = {
    "accuracy": round(sum(a == p for a, p in zip(actual, predicted)) / len(actual), 4),
    "f1_macro": round(sum(f1) / len(f1), 4),
    "recall": recall,
    "latency_ms": {"p50": round(percentile(0.5), 4), "p95": round(percentile(0.95), 4)},
    "test_size": len(test),
}
with open("out/metrics.json", "w", encoding="utf-8") as f:
    json.dump(metrics, f, indent=2)
    f.write("\n")
print(f"evaluated on {len(test)} flowers: accuracy {metrics['accuracy']}, wrote out/metrics.json")
