"""Stage `evaluate`: scores model/model.json on both splits, DVCLive style.

DVCLive's `live.log_metric("test/accuracy", v)` nests on the slash, so eval/metrics.json
reads {"train": {...}, "test": {...}, "step": N}; Lepton flattens it to `test.accuracy`.
The confusion matrix goes to eval/plots/confusion.json, the shape `dvc plots` draws.
"""

import csv
import json
import math
import os


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        rows = list(reader)
    return [[float(v) for v in r[:-1]] for r in rows], [r[-1] for r in rows]


with open("model/model.json", encoding="utf-8") as f:
    model = json.load(f)


def predict(row):
    xs = [(v - m) / s for v, m, s in zip(row, model["mean"], model["spread"])]
    scores = [sum(w * v for w, v in zip(wk, xs)) + bk for wk, bk in zip(model["weights"], model["bias"])]
    return model["classes"][scores.index(max(scores))], scores


def log_loss(x, y):
    total = 0.0
    for row, label in zip(x, y):
        _, z = predict(row)
        top = max(z)
        log_sum = top + math.log(sum(math.exp(v - top) for v in z))
        total += log_sum - z[model["classes"].index(label)]
    return total / len(x)


def scores(path):
    x, y = read(path)
    predicted = [predict(r)[0] for r in x]
    recall, f1 = {}, []
    for c in model["classes"]:
        tp = sum(1 for a, p in zip(y, predicted) if a == c and p == c)
        positives = sum(1 for a in y if a == c)
        chosen = sum(1 for p in predicted if p == c)
        r = tp / positives if positives else 0.0
        precision = tp / chosen if chosen else 0.0
        recall[c] = round(r, 4)
        f1.append(2 * precision * r / (precision + r) if precision + r else 0.0)
    result = {
        "accuracy": round(sum(a == p for a, p in zip(y, predicted)) / len(y), 4),
        "f1_macro": round(sum(f1) / len(f1), 4),
        "loss": round(log_loss(x, y), 4),
        "recall": recall,
    }
    return result, list(zip(y, predicted))


train, _ = scores("data/prepared/train.csv")
test, pairs = scores("data/prepared/test.csv")
os.makedirs("eval/plots", exist_ok=True)
with open("eval/metrics.json", "w", encoding="utf-8") as f:
    json.dump({"train": train, "test": test, "step": model["epochs"]}, f, indent=4)
    f.write("\n")
with open("eval/plots/confusion.json", "w", encoding="utf-8") as f:
    json.dump([{"actual": a, "predicted": p} for a, p in pairs], f)
print(f"evaluate: test accuracy {test['accuracy']}, f1_macro {test['f1_macro']}")
