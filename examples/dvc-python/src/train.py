"""Stage `train`: softmax regression by batch gradient descent, written to model/model.json.

Features are standardised with the training rows' mean and spread (kept in the model, so
evaluation scales the same way).
"""

import csv
import json
import math
import os
import random

from params import load


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    return header[:-1], [[float(v) for v in r[:-1]] for r in rows], [r[-1] for r in rows]


def softmax(z):
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


params = load()["train"]
features, x, y = read("data/prepared/train.csv")
classes = sorted(set(y))
n, d = len(x), len(features)
mean = [sum(r[j] for r in x) / n for j in range(d)]
spread = [math.sqrt(sum((r[j] - mean[j]) ** 2 for r in x) / n) or 1.0 for j in range(d)]
xs = [[(r[j] - mean[j]) / spread[j] for j in range(d)] for r in x]
target = [[1.0 if c == label else 0.0 for c in classes] for label in y]

rng = random.Random(params["seed"])
w = [[rng.gauss(0, 0.01) for _ in range(d)] for _ in classes]
b = [0.0 for _ in classes]
rate, l2 = params["learning_rate"], params["l2"]
for epoch in range(params["epochs"]):
    gw = [[l2 * w[k][j] for j in range(d)] for k in range(len(classes))]
    gb = [0.0 for _ in classes]
    loss = 0.0
    for row, t in zip(xs, target):
        p = softmax([sum(wk[j] * row[j] for j in range(d)) + bk for wk, bk in zip(w, b)])
        loss -= sum(ti * math.log(max(pi, 1e-12)) for ti, pi in zip(t, p)) / n
        for k in range(len(classes)):
            err = (p[k] - t[k]) / n
            gb[k] += err
            for j in range(d):
                gw[k][j] += err * row[j]
    w = [[w[k][j] - rate * gw[k][j] for j in range(d)] for k in range(len(classes))]
    b = [b[k] - rate * gb[k] for k in range(len(classes))]

os.makedirs("model", exist_ok=True)
model = {
    "features": features,
    "classes": classes,
    "mean": mean,
    "spread": spread,
    "weights": w,
    "bias": b,
    "epochs": params["epochs"],
    "train_loss": loss,
}
with open("model/model.json", "w", encoding="utf-8") as f:
    json.dump(model, f, indent=2)
    f.write("\n")
print(f"train: {params['epochs']} epochs, final loss {loss:.4f}")
