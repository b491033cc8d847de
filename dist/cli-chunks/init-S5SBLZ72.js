import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  parseMetrics
} from "./chunk-EF7KBQEY.js";
import {
  lfsFiles,
  trackableFiles
} from "./chunk-DCAMK6TN.js";
import "./chunk-UN4BW3X4.js";
import {
  pathEscapes,
  validateManifest
} from "./chunk-LMB5BMLG.js";
import {
  require_picomatch
} from "./chunk-6ESLXGOQ.js";
import {
  readRegularFile
} from "./chunk-OWTKKGJO.js";
import "./chunk-ZLIFJCGQ.js";
import "./chunk-FLI6GRA2.js";
import {
  require_dist
} from "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import {
  walkFiles
} from "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import {
  Git
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/app/init.ts
import { existsSync, realpathSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";

// src/core/init/plan.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/init/dvc.ts
var import_yaml = __toESM(require_dist(), 1);
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function pathList(v) {
  if (!Array.isArray(v)) return [];
  const out = [];
  for (const item of v) {
    if (typeof item === "string") out.push(item);
    else if (isRecord(item)) out.push(...Object.keys(item));
  }
  return out;
}
function plotFiles(v) {
  if (!Array.isArray(v)) return [];
  const out = [];
  for (const item of v) {
    if (typeof item === "string") out.push(item);
    else if (isRecord(item)) {
      for (const [id, def] of Object.entries(item)) {
        const y = isRecord(def) ? def.y : void 0;
        if (isRecord(y)) out.push(...Object.keys(y));
        else if (/\.[a-z]+$/i.test(id)) out.push(id);
      }
    }
  }
  return out;
}
function paramFiles(v) {
  if (!Array.isArray(v)) return [];
  const out = /* @__PURE__ */ new Set();
  for (const item of v) {
    if (typeof item === "string")
      out.add(/\.(ya?ml|json|toml|py)$/.test(item) ? item : "params.yaml");
    else if (isRecord(item)) for (const f of Object.keys(item)) out.add(f);
  }
  return [...out];
}
var joinPath = (dir, p) => dir === "." || dir === "" ? p : `${dir.replace(/\/+$/, "")}/${p}`;
function parseDvcYaml(text) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch {
    return null;
  }
  if (!isRecord(doc)) return null;
  const stages = [];
  const skipped = [];
  for (const [name, raw] of Object.entries(isRecord(doc.stages) ? doc.stages : {})) {
    if (!isRecord(raw) || "foreach" in raw || "matrix" in raw) {
      skipped.push(name);
      continue;
    }
    const cmd = typeof raw.cmd === "string" ? [raw.cmd] : pathList(raw.cmd);
    const wdir = typeof raw.wdir === "string" ? raw.wdir : ".";
    const rel = (list) => list.map((p) => joinPath(wdir, p));
    stages.push({
      name,
      cmd: cmd.map((c) => c.trim()).filter(Boolean),
      wdir,
      deps: rel(pathList(raw.deps)),
      outs: rel(pathList(raw.outs)),
      paramFiles: rel(paramFiles(raw.params)),
      metrics: rel(pathList(raw.metrics)),
      plots: rel(pathList(raw.plots))
    });
  }
  const models = Object.entries(isRecord(doc.artifacts) ? doc.artifacts : {}).filter(([, a]) => isRecord(a) && a.type === "model").map(([name, a]) => ({
    name,
    path: isRecord(a) && typeof a.path === "string" ? a.path : null
  }));
  const uniq = (xs) => [...new Set(xs)];
  return {
    stages: orderStages(stages),
    metrics: uniq([...stages.flatMap((s) => s.metrics), ...pathList(doc.metrics)]),
    plots: uniq([...stages.flatMap((s) => s.plots), ...plotFiles(doc.plots)]),
    paramFiles: uniq([...stages.flatMap((s) => s.paramFiles), ...pathList(doc.params)]),
    models,
    skipped
  };
}
var within = (path, dir) => path === dir || path.startsWith(dir.replace(/\/+$/, "") + "/");
function orderStages(stages) {
  const done = /* @__PURE__ */ new Set();
  const out = [];
  const needs = (s) => stages.filter(
    (o) => o !== s && o.outs.some((out2) => s.deps.some((d) => within(d, out2) || within(out2, d)))
  );
  let progress = true;
  while (out.length < stages.length && progress) {
    progress = false;
    for (const s of stages) {
      if (done.has(s.name) || !needs(s).every((n) => done.has(n.name))) continue;
      done.add(s.name);
      out.push(s);
      progress = true;
    }
  }
  for (const s of stages) if (!done.has(s.name)) out.push(s);
  return out;
}
function isStageOutput(pipeline, path) {
  return pipeline.stages.some((s) => s.outs.some((o) => within(path, o)));
}

// src/core/init/render.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/manifest/json-schema.ts
var SCHEMA_ID = "https://raw.githubusercontent.com/lepton-ci/lepton/main/schema/lepton.schema.json";

// src/core/init/render.ts
var NOT_A_METRIC = /(^|[._])(step|epoch|epochs|count|n|size|samples|test_size|train_size)$/i;
var LOWER_IS_BETTER = /(loss|error|err|rmse|mse|mae|mape|latency|time|duration|_ms|perplexity|wer|cer)/i;
var HELD_OUT = /^(test|val|valid|validation|eval|holdout)$/;
var TIMING = /(latency|time|duration|_ms)/i;
function suggestedThresholds(values) {
  const lines = [];
  let names = Object.keys(values).filter((n) => !NOT_A_METRIC.test(n));
  const segments = (n) => n.split(/[./]/);
  if (names.some((n) => segments(n).some((s) => HELD_OUT.test(s)))) {
    names = names.filter((n) => !segments(n).includes("train"));
  }
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const name of names) {
    const v = values[name];
    if (!Number.isFinite(v)) continue;
    const key = /^[A-Za-z_][\w.-]*$/.test(name) ? name : JSON.stringify(name);
    let rule;
    if (TIMING.test(name)) rule = `{ max: ${ceil2(v * 2)}, level: warn }`;
    else if (LOWER_IS_BETTER.test(name)) rule = `{ max: ${ceil2(v)}, max_rise: '5%' }`;
    else rule = `{ min: ${floor2(v)}, max_drop: '2%' }`;
    lines.push(`  ${(key + ":").padEnd(width + 1)} ${rule}`);
  }
  return lines;
}
var floor2 = (v) => Math.floor(v * 100) / 100;
var ceil2 = (v) => Math.ceil(v * 100) / 100;
function pairOf(map, key) {
  return map.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === key);
}
function above(map, key, text, space = false) {
  const k = pairOf(map, key)?.key;
  if ((0, import_yaml2.isScalar)(k)) {
    k.commentBefore = text.split("\n").map((l) => ` ${l}`).join("\n");
    if (space) k.spaceBefore = true;
  }
}
function after(map, key, text) {
  const v = pairOf(map, key)?.value;
  if ((0, import_yaml2.isScalar)(v) || (0, import_yaml2.isSeq)(v) && v.flow) v.comment = ` ${text}`;
}
function renderManifest(d) {
  const parts = (rec) => Object.fromEntries(Object.entries(rec).map(([n, paths]) => [n, { paths: [...paths] }]));
  const evalBlock = {
    command: d.command,
    metrics: d.metrics.length === 1 ? d.metrics[0] : [...d.metrics]
  };
  if (d.python) evalBlock.env = { PYTHONDONTWRITEBYTECODE: "1" };
  const body = { version: 1, model: d.model };
  if (Object.keys(d.components).length) body.components = parts(d.components);
  if (Object.keys(d.data).length) body.data = parts(d.data);
  body.eval = evalBlock;
  body.stages = { staging: {}, production: { after: "staging" } };
  const doc = new import_yaml2.Document(body);
  const root = doc.contents;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_ID}`,
    " Written by `lepton init` from what it found in this folder: read it, then run",
    " `lepton validate` and `lepton status` (what is hashed). Every path is relative to this file."
  ].join("\n");
  for (const section of ["components", "data"]) {
    const map = doc.get(section, true);
    if (!(0, import_yaml2.isMap)(map)) continue;
    for (const p of map.items) {
      const name = String(p.key.value);
      const paths = p.value.get("paths", true);
      if ((0, import_yaml2.isSeq)(paths)) paths.flow = true;
      const why = d.why[`${section}.${name}`];
      if (why) after(p.value, "paths", why);
    }
  }
  after(root, "model", `names its tags: ${d.model}@v0.1.0, \u2026`);
  if (body.components) {
    above(
      root,
      "components",
      "The parts of the model, each versioned by the content of the files its globs match:\na change bumps the minor version.",
      true
    );
  }
  if (body.data) {
    above(
      root,
      "data",
      `Data sets, versioned the same way (a change bumps the patch version).${d.dvc ? "\nA DVC .dvc file counts by the hashes it records: data is never downloaded." : ""}`,
      true
    );
  }
  above(root, "eval", "How the model is evaluated; runs with `sh -c` in this folder.", true);
  const ev = doc.get("eval", true);
  if (d.commandNote) above(ev, "command", d.commandNote);
  after(
    ev,
    "metrics",
    d.metrics.length === 1 ? 'written fresh by every run; nested keys flatten to "a.b"' : "written fresh by every run"
  );
  if (d.python) {
    const env = ev.get("env", true);
    if ((0, import_yaml2.isMap)(env)) after(env, "PYTHONDONTWRITEBYTECODE", "no __pycache__ beside the hashed code");
  }
  const suggestions = suggestedThresholds(d.metricValues);
  ev.comment = [
    " timeout: 30m",
    suggestions.length ? " Thresholds gate every eval and promotion. Suggested from the metrics this folder holds" : " Thresholds gate every eval and promotion, per metric: min, max, max_drop, max_rise",
    suggestions.length ? " (bounds near today's values): uncomment and adjust." : ' (a number or "N%" of the baseline version), level: warn. For example:',
    " thresholds:",
    ...(suggestions.length ? suggestions : ["  accuracy: { min: 0.9, max_drop: '2%' }"]).map(
      (l) => ` ${l}`
    )
  ].join("\n");
  const stagesComment = [
    ...d.artifact ? [
      "The model file dvc.yaml declares, uploaded with each recorded version by the Action:",
      "artifacts:",
      `  paths: [${d.artifact}]`,
      ""
    ] : [],
    "Promotion targets, in order; a stage may add thresholds of its own."
  ];
  const stagesKey = pairOf(root, "stages").key;
  if ((0, import_yaml2.isScalar)(stagesKey)) {
    stagesKey.spaceBefore = true;
    stagesKey.commentBefore = stagesComment.map((l) => l ? ` ${l}` : "").join("\n");
  }
  const production = doc.getIn(["stages", "production"], true) ?? null;
  if (production) after(production, "after", "a version must have held staging before");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
}

// src/core/init/workflows.ts
var ACTION_REF = "lepton-ci/lepton@v1";
function q(s) {
  return /^[\w./@-]+$/.test(s) && !/^\d/.test(s) ? s : `'${s.replace(/'/g, "''")}'`;
}
function setupSteps(d) {
  const dir = d.repoPath === "." ? "" : `${d.repoPath}/`;
  const lines = [];
  if (d.language === "python") {
    lines.push(
      "      # The eval runs your Python; the Action itself brings its own Node (no setup-node needed).",
      "      - uses: actions/setup-python@v5",
      "        with:",
      `          python-version: ${q(d.pythonVersion ?? "3.12")}`
    );
    if (d.requirements) {
      lines.push(
        "          cache: pip",
        `          cache-dependency-path: ${q(`${dir}${d.requirements}`)}`
      );
      lines.push(`      - run: pip install -r ${q(d.requirements)}`);
    } else if (d.pyproject) {
      lines.push("      - run: pip install .");
    }
    if (d.dvc && !d.requirementsHaveDvc) lines.push("      - run: pip install dvc");
  } else if (d.language === "node") {
    lines.push(
      "      - uses: actions/setup-node@v5",
      "        with:",
      "          node-version: 24",
      ...d.lockfile ? [
        "          cache: npm",
        `          cache-dependency-path: ${q(`${dir}package-lock.json`)}`
      ] : [],
      `      - run: ${d.lockfile ? "npm ci" : "npm install"}`
    );
  }
  if (d.dvc) {
    lines.push(
      "      # The data the eval reads. Lepton hashes the .dvc pointers and never needs the data itself.",
      "      # A remote that needs credentials reads them from secrets, for example:",
      "      #   env:",
      "      #     AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}",
      "      #     AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
      "      - run: dvc pull"
    );
  }
  return lines;
}
function actionStep(d, extra = []) {
  const withLines = [
    ...d.repoPath === "." ? [] : [`          working-directory: ${q(d.repoPath)}`],
    ...d.manifest === "lepton.yml" ? [] : [`          manifest: ${q(d.manifest)}`],
    ...extra
  ];
  return [
    `      - uses: ${ACTION_REF}`,
    "        id: lepton",
    ...withLines.length ? ["        with:", ...withLines] : []
  ];
}
function defaults(d) {
  return d.repoPath === "." ? [] : ["    defaults:", "      run:", `        working-directory: ${q(d.repoPath)}`];
}
function renderWorkflows(d) {
  const path = d.repoPath + d.manifest;
  if (path.includes("${{") || [...path].some((c) => c.charCodeAt(0) < 32)) {
    throw new LeptonError(
      "invalid",
      `cannot write workflows for ${JSON.stringify(d.repoPath)}: its path holds "\${{" or a control character, which GitHub would read as an expression`,
      ["rename the folder, or run init without --workflows and write the workflows by hand"]
    );
  }
  const suffix = d.repoPath === "." ? "" : `-${d.model}`;
  const file = (kind) => `.github/workflows/lepton${suffix}-${kind}.yml`;
  const setup = setupSteps(d);
  const pr = [
    `# Lepton on pull requests (written by \`lepton init\`): evaluates ${d.model} against the PR's base`,
    "# branch and keeps one sticky comment on the PR with the metric diff. The check fails when an",
    "# error-level threshold fails.",
    `name: lepton${suffix}-pr`,
    "on:",
    "  pull_request:",
    "    paths-ignore: ['**.md']",
    "",
    "# Least privilege:",
    "#   contents: read       \u2014 check out the code and fetch the model's version tags",
    "#   pull-requests: write \u2014 create/update the sticky comment (a fork's PR gets a read-only",
    "#                          token: the step then warns and the thresholds alone decide)",
    "permissions:",
    "  contents: read",
    "  pull-requests: write",
    "",
    "# A new push to the PR replaces the run still evaluating the previous one.",
    "concurrency:",
    `  group: lepton${suffix}-pr-\${{ github.event.pull_request.number }}`,
    "  cancel-in-progress: true",
    "",
    "jobs:",
    "  eval:",
    "    runs-on: ubuntu-latest",
    ...defaults(d),
    "    steps:",
    "      # The default shallow, tagless clone is enough: Lepton fetches the tags and history it needs.",
    "      - uses: actions/checkout@v5",
    ...setup,
    ...actionStep(d),
    ""
  ];
  const record = [
    `# Lepton on the default branch (written by \`lepton init\`): evaluates the merged ${d.model} and,`,
    "# when its content is new, records a version as an annotated tag MODEL@vX.Y.Z (pushed to",
    "# origin) and uploads its artifacts.",
    `name: lepton${suffix}-record`,
    "on:",
    "  push:",
    "    branches: [main]",
    "",
    "# Least privilege:",
    "#   contents: write \u2014 push the version tag",
    "permissions:",
    "  contents: write",
    "",
    "# One after another; Lepton also retries with the next number if a concurrent run took a tag.",
    "concurrency:",
    `  group: lepton${suffix}-record-\${{ github.ref }}`,
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  record:",
    "    runs-on: ubuntu-latest",
    ...defaults(d),
    "    steps:",
    "      - uses: actions/checkout@v5",
    ...setup,
    ...actionStep(d),
    "      - name: Say what was recorded",
    "        env:",
    "          TAG: ${{ steps.lepton.outputs.tag }}",
    '        run: echo "recorded ${TAG:-nothing new}"',
    ""
  ];
  const promote = [
    `# Lepton promotion (written by \`lepton init\`): publishing a release whose tag names a version of`,
    `# ${d.model} (MODEL@vX.Y.Z or vX.Y.Z) promotes it to production; running the workflow by hand`,
    "# promotes a chosen version (default: the latest that passed) to a chosen stage. The stage's",
    "# thresholds are checked on the recorded metrics, so nothing is installed or evaluated here.",
    `name: lepton${suffix}-promote`,
    "on:",
    "  release:",
    "    types: [published]",
    "  workflow_dispatch:",
    "    inputs:",
    "      stage:",
    "        description: Stage to promote to",
    "        required: true",
    "        default: staging",
    "      version:",
    "        description: 'Version to promote (default: the latest that passed its thresholds)'",
    "        required: false",
    "",
    "# Least privilege:",
    "#   contents: write \u2014 push the stage tag MODEL#STAGE#N",
    "permissions:",
    "  contents: write",
    "",
    "concurrency:",
    `  group: lepton${suffix}-promote`,
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  promote:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v5",
    ...actionStep(d, [
      "          stage: ${{ github.event_name == 'release' && 'production' || inputs.stage }}",
      "          version: ${{ inputs.version }}"
    ]),
    ""
  ];
  return [
    { path: file("pr"), base: "repo", content: pr.join("\n") },
    { path: file("record"), base: "repo", content: record.join("\n") },
    { path: file("promote"), base: "repo", content: promote.join("\n") }
  ];
}

// src/core/init/plan.ts
var EVAL_SCRIPTS = [
  "evaluate.py",
  "eval.py",
  "src/evaluate.py",
  "src/eval.py",
  "scripts/evaluate.py",
  "scripts/eval.py",
  "evaluate.js",
  "eval.js",
  "eval.mjs",
  "src/eval.js",
  "scripts/eval.js"
];
var TRAIN_SCRIPTS = {
  "evaluate.py": "train.py",
  "eval.py": "train.py",
  "src/evaluate.py": "src/train.py",
  "src/eval.py": "src/train.py",
  "scripts/evaluate.py": "scripts/train.py",
  "scripts/eval.py": "scripts/train.py",
  "evaluate.js": "train.js",
  "eval.js": "train.js",
  "eval.mjs": "train.mjs",
  "src/eval.js": "src/train.js",
  "scripts/eval.js": "scripts/train.js"
};
var REQUIREMENTS = ["requirements.txt", "src/requirements.txt"];
var METRICS_FILE = /(^|\/)(metrics|scores|results)\.(json|ya?ml|csv)$/;
var CODE_FILE = /\.(py|ipynb|js|mjs|cjs|ts|r|jl|sh|sql)$/i;
var WEIGHTS_FILE = /\.(pt|pth|bin|onnx|h5|hdf5|pkl|pickle|joblib|safetensors|ckpt|pb|tflite|gguf)$/i;
var NOT_CODE = /^(setup\.py|conftest\.py|noxfile\.py|.*\.config\.[cm]?[jt]s|\.[^/]*)$/;
var TOOL_DIRS = /^(tests?|docs?|notebooks|examples|\.github|\.dvc|dist|build|node_modules)\//;
var CONFIG_DIRS = ["config", "configs", "conf"];
var MODEL_NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
function filesToRead(listing, contents) {
  const has = new Set(listing.files);
  const want = /* @__PURE__ */ new Set();
  for (const f of [
    "dvc.yaml",
    "package.json",
    "pyproject.toml",
    "artifacts.yaml",
    ".python-version",
    ...REQUIREMENTS
  ]) {
    if (has.has(f)) want.add(f);
  }
  const dvc = contents["dvc.yaml"] ? parseDvcYaml(contents["dvc.yaml"]) : null;
  for (const m of metricsCandidates(listing, dvc)) want.add(m);
  const script = evalScript(listing, contents);
  for (const f of script?.files ?? []) want.add(f);
  return [...want].filter((f) => !(f in contents));
}
function metricsCandidates(listing, dvc) {
  if (dvc && dvc.metrics.length) return [...dvc.metrics];
  return listing.files.filter((f) => METRICS_FILE.test(f) && !TOOL_DIRS.test(f) && !f.includes("node_modules/")).sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b)).slice(0, 1);
}
function evalScript(listing, contents) {
  const has = new Set(listing.files);
  const pkg = jsonOf(contents["package.json"]);
  const scripts = isRecord2(pkg?.scripts) ? pkg.scripts : {};
  for (const name of ["eval", "evaluate"]) {
    const s = scripts[name];
    if (typeof s === "string") {
      const files = [...s.matchAll(/(?:^|[\s;&|(])node\s+(\S+\.[cm]?js)\b/g)].map((m) => m[1].replace(/^\.\//, "")).filter((f) => has.has(f));
      return {
        command: `npm run ${name}`,
        files,
        how: `package.json scripts.${name} ("${s}")`
      };
    }
  }
  for (const file of EVAL_SCRIPTS) {
    if (!has.has(file)) continue;
    const run = (f) => f.endsWith(".py") ? `python3 ${f}` : `node ${f}`;
    const train = TRAIN_SCRIPTS[file];
    if (train && has.has(train)) {
      return {
        command: `${run(train)} && ${run(file)}`,
        files: [train, file],
        how: `${file}, after ${train} (guessed: the eval needs a freshly trained model)`
      };
    }
    return { command: run(file), files: [file], how: file };
  }
  return null;
}
var isRecord2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function jsonOf(text) {
  if (!text) return null;
  try {
    const v = JSON.parse(text);
    return isRecord2(v) ? v : null;
  } catch {
    return null;
  }
}
function modelNameOf(raw) {
  const base = raw.replace(/^@[^/]+\//, "");
  const name = base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "");
  return MODEL_NAME.test(name) ? name : null;
}
function pyprojectName(text) {
  if (!text) return null;
  let section = "";
  for (const line of text.split("\n")) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) section = header[1].trim();
    else if (section === "project" || section === "tool.poetry") {
      const m = /^\s*name\s*=\s*["']([^"']+)["']/.exec(line);
      if (m) return m[1];
    }
  }
  return null;
}
function partName(path, taken) {
  const file = path.split("/").pop().replace(/\.dvc$/, "");
  const stem = file.replace(/\.[^.]*$/, "") || file;
  let name = stem.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  if (!name) name = "data";
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = `${name}-${i}`;
  taken.add(unique);
  return unique;
}
var isExclusionGlob = (g) => g.startsWith("!");
function picomatchAll(globs) {
  const inc = globs.filter((g) => !isExclusionGlob(g)).map((g) => (0, import_picomatch.default)(g, { dot: true }));
  const exc = globs.filter(isExclusionGlob).map((g) => (0, import_picomatch.default)(g.slice(1), { dot: true }));
  return (f) => inc.some((m) => m(f)) && !exc.some((m) => m(f));
}
function matchesAny(files, glob) {
  const m = (0, import_picomatch.default)(glob, { dot: true });
  return files.some((f) => m(f));
}
function planInit(listing, contents, options) {
  const files = listing.files.filter((f) => !f.startsWith(".git/") && f !== options.manifest);
  const has = new Set(files);
  const findings = [];
  const found = (text) => findings.push({ text, guessed: false });
  const guess = (text) => findings.push({ text, guessed: true });
  const underDir = (dir) => files.some((f) => f.startsWith(dir + "/"));
  const pkg = jsonOf(contents["package.json"]);
  const dvcText = contents["dvc.yaml"];
  const dvc = dvcText ? parseDvcYaml(dvcText) : null;
  if (dvcText && !dvc) found("dvc.yaml is not a pipeline Lepton can read; it is left out");
  if (dvc) {
    found(`dvc.yaml: ${dvc.stages.length} stage(s) (${dvc.stages.map((s) => s.name).join(" \u2192 ")})`);
    if (dvc.skipped.length)
      found(`dvc.yaml: skipped foreach/matrix stage(s) ${dvc.skipped.join(", ")}`);
    if (dvc.plots.length) found(`dvc.yaml plots (not gated by Lepton): ${dvc.plots.join(", ")}`);
  }
  const pointers = files.filter((f) => f.endsWith(".dvc") && !f.startsWith(".dvc/"));
  if (pointers.length) found(`DVC pointers: ${pointers.join(", ")}`);
  const usesDvc = Boolean(dvc) || pointers.length > 0 || underDir(".dvc");
  const python = files.some((f) => f.endsWith(".py")) || REQUIREMENTS.some((f) => has.has(f)) || has.has("pyproject.toml");
  const node = Boolean(pkg);
  const language = python && !(node && !files.some((f) => f.endsWith(".py"))) ? "python" : node ? "node" : "other";
  let model = null;
  const gto = contents["artifacts.yaml"] ? safeYaml(contents["artifacts.yaml"]) : null;
  const gtoModel = isRecord2(gto) ? Object.entries(gto).find(([, a]) => isRecord2(a) && a.type === "model")?.[0] : void 0;
  const candidates = [
    [dvc?.models[0]?.name, "dvc.yaml artifacts (type: model), the name GTO tags use"],
    [gtoModel, "artifacts.yaml (GTO), the name GTO tags use"],
    [typeof pkg?.name === "string" ? pkg.name : null, "package.json name"],
    [pyprojectName(contents["pyproject.toml"]), "pyproject.toml name"]
  ];
  for (const [raw, where] of candidates) {
    const name = raw ? modelNameOf(raw) : null;
    if (name) {
      model = name;
      found(`model name "${name}" from ${where}`);
      break;
    }
  }
  if (!model) {
    model = modelNameOf(listing.folderName) ?? "model";
    guess(`model name "${model}" from the folder's name`);
  }
  const code = [];
  const addCode = (p) => {
    if (!code.includes(p)) code.push(p);
  };
  for (const dir of ["src", "lib"]) if (underDir(dir)) addCode(`${dir}/**`);
  const packages = [
    ...new Set(
      files.filter((f) => /^[A-Za-z_][A-Za-z0-9_]*\/__init__\.py$/.test(f)).map((f) => f.split("/")[0])
    )
  ].filter((d) => !/^(tests?|docs?|src|lib|scripts)$/.test(d));
  for (const p of packages) addCode(`${p}/**`);
  if (underDir("scripts") && files.some((f) => f.startsWith("scripts/") && CODE_FILE.test(f))) {
    addCode("scripts/**");
  }
  for (const f of files) {
    if (!f.includes("/") && CODE_FILE.test(f) && !NOT_CODE.test(f)) addCode(f);
  }
  const covered = (f) => code.some((g) => (0, import_picomatch.default)(g, { dot: true })(f));
  for (const s of dvc?.stages ?? []) {
    for (const d of s.deps) {
      if (isStageOutput(dvc, d) || covered(d)) continue;
      if (CODE_FILE.test(d) && has.has(d)) addCode(d);
      else if (!CODE_FILE.test(d) && underDir(d) && files.some((f) => f.startsWith(d + "/") && CODE_FILE.test(f))) {
        addCode(`${d.replace(/\/+$/, "")}/**`);
      }
    }
  }
  if (code.length) found(`code: ${code.join(", ")}`);
  const config = [];
  const paramFiles2 = dvc?.paramFiles.length ? dvc.paramFiles : has.has("params.yaml") ? ["params.yaml"] : [];
  for (const p of paramFiles2) if (has.has(p)) config.push(p);
  if (config.length) found(`parameters: ${config.join(", ")}`);
  for (const dir of CONFIG_DIRS) if (underDir(dir)) config.push(`${dir}/**`);
  for (const f of files) {
    if (/^(config|params|hparams|hyperparams)\.(json|ya?ml|toml)$/.test(f) && !config.includes(f))
      config.push(f);
  }
  const lfs = listing.lfs.filter((f) => has.has(f));
  const lfsGlobs = (which) => {
    const globs = /* @__PURE__ */ new Set();
    for (const f of which) {
      const dir = f.includes("/") ? f.slice(0, f.lastIndexOf("/")) : "";
      const ext = /\.[^./]+$/.exec(f)?.[0];
      globs.add(ext ? `${dir ? dir + "/" : ""}*${ext}` : f);
    }
    return [...globs].sort();
  };
  const weights = lfsGlobs(lfs.filter((f) => WEIGHTS_FILE.test(f)));
  const lfsData = lfsGlobs(lfs.filter((f) => !WEIGHTS_FILE.test(f) && !covered(f)));
  if (lfs.length) found(`Git LFS files: ${lfs.length} (${[...weights, ...lfsData].join(", ")})`);
  const why = {};
  const components = {};
  if (code.length) {
    components.code = code;
    why["components.code"] = dvc ? "the source and the scripts dvc.yaml runs" : "source folders and scripts";
  }
  if (config.length) {
    components.config = [...new Set(config)];
    why["components.config"] = dvc ? "the parameters the stages read, and configuration" : "configuration";
  }
  const ownWeights = weights.filter((g) => !covered(g));
  if (ownWeights.length) {
    components.weights = ownWeights;
    why["components.weights"] = "model files in Git LFS, by the oid and size their pointers record";
  }
  const data = {};
  const taken = /* @__PURE__ */ new Set();
  for (const p of pointers) {
    const name = partName(p, taken);
    data[name] = [p];
    why[`data.${name}`] = "a DVC pointer: counts by the hashes it records";
  }
  const dataDirs = ["data", "datasets"].filter(
    (d) => underDir(d) && !pointers.some((p) => p.startsWith(d + "/"))
  );
  const lfsOutside = lfsData.filter((g) => !dataDirs.some((d) => g.startsWith(d + "/")));
  if (lfsOutside.length) {
    const name = partName("lfs", taken);
    data[name] = lfsOutside;
    why[`data.${name}`] = "Git LFS files, by the oid and size their pointers record";
  }
  for (const d of dataDirs) {
    const glob = `${d}/**`;
    const name = partName(d, taken);
    data[name] = [glob];
    why[`data.${name}`] = `every file git tracks under ${d}/`;
  }
  const inData = (f) => Object.values(data).flat().some((g) => (0, import_picomatch.default)(g, { dot: true })(f));
  for (const s of dvc?.stages ?? []) {
    for (const d of s.deps) {
      if (isStageOutput(dvc, d) || covered(d) || inData(d) || config.includes(d)) continue;
      if (has.has(`${d}.dvc`)) continue;
      if (!has.has(d) && !underDir(d)) continue;
      const name = partName(d, taken);
      data[name] = [has.has(d) ? d : `${d.replace(/\/+$/, "")}/**`];
      why[`data.${name}`] = `a dependency of the ${s.name} stage`;
    }
  }
  if (Object.keys(data).length) {
    found(
      `data: ${Object.entries(data).map(([n, p]) => `${n} (${p.join(", ")})`).join("; ")}`
    );
  }
  for (const rec of [components, data]) {
    for (const [name, globs] of Object.entries(rec)) {
      const kept = globs.filter((g) => matchesAny(files, g));
      if (kept.length) rec[name] = kept;
      else delete rec[name];
    }
  }
  for (const [name, globs] of Object.entries(data)) {
    const inSet = picomatchAll(globs);
    const own = Object.values(components).flat().filter(
      (g) => !isExclusionGlob(g) && files.some((f) => inSet(f) && (0, import_picomatch.default)(g, { dot: true })(f))
    );
    if (own.length) data[name] = [...globs, ...own.map((g) => `!${g}`)];
  }
  let command;
  let commandNote = null;
  let scriptFiles = [];
  const runnable = dvc?.stages.filter((s) => s.cmd.length) ?? [];
  if (runnable.length) {
    command = runnable.map((s) => {
      const cmds = s.cmd.join(" && ");
      return s.wdir === "." ? cmds : `(cd ${shellWord(s.wdir)} && ${cmds})`;
    }).join(" && ");
    commandNote = "The dvc.yaml stages' commands in dependency order, so the eval needs no DVC. With DVC,\n`dvc repro --force` does the same (--force: Lepton reads only metrics this run wrote).";
    found(`eval: the dvc.yaml stages' commands in order (what \`dvc repro\` runs; no DVC needed)`);
  } else {
    const script = evalScript({ ...listing, files }, contents);
    if (script) {
      command = script.command;
      scriptFiles = script.files;
      found(`eval command from ${script.how}`);
      if (script.command.includes("&&"))
        commandNote = "Guessed: trains, then evaluates. Check that it runs from this folder.";
    } else {
      command = "echo 'lepton: set eval.command in lepton.yml' >&2; exit 1";
      commandNote = "No eval script was found: replace this with the command that evaluates the model.";
      guess("no eval script found: eval.command is a placeholder that fails until you set it");
    }
  }
  let metrics;
  if (dvc?.metrics.length) {
    metrics = [...dvc.metrics];
    found(`metrics file(s) from dvc.yaml: ${metrics.join(", ")}`);
  } else {
    const existing = metricsCandidates({ ...listing, files }, null);
    const named = [...scriptFiles].reverse().map((file) => ({ file, path: metricsPathIn(contents[file]) })).find((x) => x.path !== null);
    if (named?.path) {
      metrics = [named.path];
      found(`metrics file ${named.path}, named in ${named.file}`);
    } else if (existing.length) {
      metrics = existing;
      guess(`metrics file ${existing[0]} (an existing file by that name)`);
    } else {
      metrics = ["metrics.json"];
      guess("metrics file metrics.json (nothing names one: make the eval write it)");
    }
  }
  const metricValues = {};
  for (const m of metrics) {
    const text = contents[m];
    if (!text) continue;
    try {
      Object.assign(metricValues, parseMetrics(m, text).values);
    } catch {
    }
  }
  const metricNames = Object.keys(metricValues);
  if (metricNames.length) found(`metric names in ${metrics.join(", ")}: ${metricNames.join(", ")}`);
  const outs = dvc?.models[0]?.path ?? null;
  const manifestText = renderManifest({
    model,
    components,
    data,
    command,
    metrics,
    metricValues,
    python: language === "python",
    dvc: usesDvc,
    artifact: outs,
    why,
    commandNote
  });
  const requirements = REQUIREMENTS.find((f) => has.has(f)) ?? null;
  const planned = [
    { path: options.manifest, base: "folder", content: manifestText }
  ];
  if (options.workflows) {
    for (const w of renderWorkflows({
      model,
      repoPath: listing.repoPath,
      manifest: options.manifest,
      language,
      dvc: usesDvc,
      requirements,
      requirementsHaveDvc: /^\s*dvc\b/im.test((requirements && contents[requirements]) ?? ""),
      pyproject: has.has("pyproject.toml"),
      lockfile: has.has("package-lock.json"),
      pythonVersion: contents[".python-version"]?.trim() || null
    })) {
      planned.push(w);
    }
    found(
      `workflows for a ${language === "other" ? "plain" : language} project${usesDvc ? " with `dvc pull` before the eval" : ""}`
    );
    if (language === "python" && !contents[".python-version"]?.trim()) {
      guess("Python 3.12 in the workflows (no .python-version says otherwise)");
    }
    if (language === "python" && !requirements && !has.has("pyproject.toml")) {
      guess("no requirements.txt or pyproject.toml: the workflows install no Python packages");
    }
  }
  return {
    model,
    files: planned,
    findings,
    components,
    data,
    eval: { command, metrics },
    metricNames,
    language,
    dvc: usesDvc
  };
}
function safeYaml(text) {
  try {
    return (0, import_yaml3.parse)(text);
  } catch {
    return null;
  }
}
function metricsPathIn(text) {
  if (!text) return null;
  const m = /["'`]((?:[\w.-]+\/)*[\w.-]*(?:metrics|scores)[\w.-]*\.(?:json|ya?ml|csv))["'`]/i.exec(
    text
  );
  return m ? m[1].replace(/^\.\//, "") : null;
}
function shellWord(s) {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

// src/app/init.ts
var SKIP_OUTSIDE_GIT = /(^|\/)(node_modules|\.git|\.venv|venv|__pycache__|\.mypy_cache|\.pytest_cache|\.ruff_cache|\.tox)\//;
var MAX_READ = 1 << 20;
var MAX_ROUNDS = 4;
async function listFolder(dir, git) {
  if (!git) {
    return {
      files: walkFiles(dir).filter((f) => !SKIP_OUTSIDE_GIT.test(f)).sort(),
      lfs: []
    };
  }
  const files = (await trackableFiles(git, ".")).sort();
  return { files, lfs: await lfsFiles(git, files) };
}
async function readSmall(dir, rel) {
  if (pathEscapes(rel)) return null;
  const read = readRegularFile(join(dir, rel), MAX_READ);
  return read === null ? null : read.bytes.toString("utf8");
}
async function init(req) {
  const dir = realpathSync(dirname(req.manifestPath));
  const manifest = basename(req.manifestPath);
  const probe = new Git(dir, { ...req.env });
  const repoRoot = await probe.topLevel();
  const git = repoRoot ? probe : null;
  const listed = await listFolder(dir, git);
  const repoPath = repoRoot ? relative(realpathSync(repoRoot), dir).split(sep).join("/") || "." : ".";
  const listing = { ...listed, folderName: basename(dir), repoPath };
  const contents = {};
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const wanted = filesToRead(listing, contents);
    if (wanted.length === 0) break;
    await Promise.all(wanted.map(async (f) => contents[f] = await readSmall(dir, f)));
  }
  const plan = planInit(listing, contents, {
    workflows: req.workflows,
    manifest
  });
  const manifestText = plan.files.find((f) => f.base === "folder")?.content ?? "";
  const check = validateManifest(manifestText, manifest);
  if (!check.ok) {
    throw new LeptonError(
      "invalid",
      `init planned a manifest that does not validate (a bug in lepton init); nothing was written`,
      check.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`)
    );
  }
  const base = { folder: dir, repo: repoRoot ?? dir };
  const targets = plan.files.map((f) => ({ ...f, abs: join(base[f.base], f.path) }));
  const existing = targets.filter((t) => existsSync(t.abs));
  if (existing.length && !req.force) {
    throw new LeptonError(
      "invalid",
      `${existing.map((t) => relative(dir, t.abs) || t.path).join(", ")} already exist${existing.length === 1 ? "s" : ""}; nothing was written`,
      ["run `lepton init --force` to overwrite, or move the file(s) away first"]
    );
  }
  const written = [];
  for (const t of targets) {
    await mkdir(dirname(t.abs), { recursive: true });
    const tmp = `${t.abs}.${process.pid}.lepton-init.tmp`;
    try {
      await writeFile(tmp, t.content);
      await rename(tmp, t.abs);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new LeptonError("invalid", `cannot write ${t.abs}: ${e.message}`);
    }
    written.push({ path: t.abs, replaced: existing.includes(t) });
  }
  return { plan, written, repoRoot };
}
export {
  init
};
