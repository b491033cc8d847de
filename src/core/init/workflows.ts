import { LeptonError } from '../errors/index.js';
import type { PlannedFile } from './types.js';

/** The Action as users reference it: the major tag the release workflow moves. */
export const ACTION_REF = 'lepton-ci/lepton@v1';

export interface WorkflowDraft {
  readonly model: string;
  /** The model's folder relative to the repository's top level (`.` at the top). */
  readonly repoPath: string;
  readonly manifest: string;
  readonly language: 'python' | 'node' | 'other';
  readonly dvc: boolean;
  /** The pip requirements file, relative to the model's folder. */
  readonly requirements: string | null;
  /** requirements.txt names DVC (else the workflow installs it for `dvc pull`). */
  readonly requirementsHaveDvc: boolean;
  readonly pyproject: boolean;
  readonly lockfile: boolean;
  readonly pythonVersion: string | null;
}

/** A YAML scalar that stays one plain or single-quoted string whatever it holds. */
function q(s: string): string {
  return /^[\w./@-]+$/.test(s) && !/^\d/.test(s) ? s : `'${s.replace(/'/g, "''")}'`;
}

/** The steps that make the eval runnable: language setup, dependencies, `dvc pull`. */
function setupSteps(d: WorkflowDraft): string[] {
  const dir = d.repoPath === '.' ? '' : `${d.repoPath}/`;
  const lines: string[] = [];
  if (d.language === 'python') {
    lines.push(
      '      # The eval runs your Python; the Action itself brings its own Node (no setup-node needed).',
      '      - uses: actions/setup-python@v5',
      '        with:',
      `          python-version: ${q(d.pythonVersion ?? '3.12')}`,
    );
    if (d.requirements) {
      lines.push(
        '          cache: pip',
        `          cache-dependency-path: ${q(`${dir}${d.requirements}`)}`,
      );
      lines.push(`      - run: pip install -r ${q(d.requirements)}`);
    } else if (d.pyproject) {
      lines.push('      - run: pip install .');
    }
    if (d.dvc && !d.requirementsHaveDvc) lines.push('      - run: pip install dvc');
  } else if (d.language === 'node') {
    lines.push(
      '      - uses: actions/setup-node@v5',
      '        with:',
      '          node-version: 24',
      ...(d.lockfile
        ? [
            '          cache: npm',
            `          cache-dependency-path: ${q(`${dir}package-lock.json`)}`,
          ]
        : []),
      `      - run: ${d.lockfile ? 'npm ci' : 'npm install'}`,
    );
  }
  if (d.dvc) {
    lines.push(
      '      # The data the eval reads. Lepton hashes the .dvc pointers and never needs the data itself.',
      '      # A remote that needs credentials reads them from secrets, for example:',
      '      #   env:',
      '      #     AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}',
      '      #     AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      '      - run: dvc pull',
    );
  }
  return lines;
}

function actionStep(d: WorkflowDraft, extra: string[] = []): string[] {
  const withLines = [
    ...(d.repoPath === '.' ? [] : [`          working-directory: ${q(d.repoPath)}`]),
    ...(d.manifest === 'lepton.yml' ? [] : [`          manifest: ${q(d.manifest)}`]),
    ...extra,
  ];
  return [
    `      - uses: ${ACTION_REF}`,
    '        id: lepton',
    ...(withLines.length ? ['        with:', ...withLines] : []),
  ];
}

function defaults(d: WorkflowDraft): string[] {
  return d.repoPath === '.'
    ? []
    : ['    defaults:', '      run:', `        working-directory: ${q(d.repoPath)}`];
}

/**
 * The three workflows `init --workflows` writes, after examples/workflows: pull request (eval and
 * sticky comment), push to main (record), release or by hand (promote). Each with least
 * permissions and a concurrency group. In a subfolder their names carry the model's name, so
 * several models' workflows live side by side.
 */
export function renderWorkflows(d: WorkflowDraft): PlannedFile[] {
  // GitHub evaluates `${{ }}` in any string of a workflow, quoted or not: a folder named so
  // would run an expression. No quoting helps, so such a folder gets no workflows.
  const path = d.repoPath + d.manifest;
  if (path.includes('${{') || [...path].some((c) => c.charCodeAt(0) < 0x20)) {
    throw new LeptonError(
      'invalid',
      `cannot write workflows for ${JSON.stringify(d.repoPath)}: its path holds "\${{" or a control character, which GitHub would read as an expression`,
      ['rename the folder, or run init without --workflows and write the workflows by hand'],
    );
  }
  const suffix = d.repoPath === '.' ? '' : `-${d.model}`;
  const file = (kind: string) => `.github/workflows/lepton${suffix}-${kind}.yml`;
  const setup = setupSteps(d);

  const pr = [
    `# Lepton on pull requests (written by \`lepton init\`): evaluates ${d.model} against the PR's base`,
    '# branch and keeps one sticky comment on the PR with the metric diff. The check fails when an',
    '# error-level threshold fails.',
    `name: lepton${suffix}-pr`,
    'on:',
    '  pull_request:',
    "    paths-ignore: ['**.md']",
    '',
    '# Least privilege:',
    "#   contents: read       — check out the code and fetch the model's version tags",
    "#   pull-requests: write — create/update the sticky comment (a fork's PR gets a read-only",
    '#                          token: the step then warns and the thresholds alone decide)',
    'permissions:',
    '  contents: read',
    '  pull-requests: write',
    '',
    '# A new push to the PR replaces the run still evaluating the previous one.',
    'concurrency:',
    `  group: lepton${suffix}-pr-\${{ github.event.pull_request.number }}`,
    '  cancel-in-progress: true',
    '',
    'jobs:',
    '  eval:',
    '    runs-on: ubuntu-latest',
    ...defaults(d),
    '    steps:',
    '      # The default shallow, tagless clone is enough: Lepton fetches the tags and history it needs.',
    '      - uses: actions/checkout@v5',
    ...setup,
    ...actionStep(d),
    '',
  ];

  const record = [
    `# Lepton on the default branch (written by \`lepton init\`): evaluates the merged ${d.model} and,`,
    '# when its content is new, records a version as an annotated tag MODEL@vX.Y.Z (pushed to',
    '# origin) and uploads its artifacts.',
    `name: lepton${suffix}-record`,
    'on:',
    '  push:',
    '    branches: [main]',
    '',
    '# Least privilege:',
    '#   contents: write — push the version tag',
    'permissions:',
    '  contents: write',
    '',
    '# One after another; Lepton also retries with the next number if a concurrent run took a tag.',
    'concurrency:',
    `  group: lepton${suffix}-record-\${{ github.ref }}`,
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  record:',
    '    runs-on: ubuntu-latest',
    ...defaults(d),
    '    steps:',
    '      - uses: actions/checkout@v5',
    ...setup,
    ...actionStep(d),
    '      - name: Say what was recorded',
    '        env:',
    '          TAG: ${{ steps.lepton.outputs.tag }}',
    '        run: echo "recorded ${TAG:-nothing new}"',
    '',
  ];

  const promote = [
    `# Lepton promotion (written by \`lepton init\`): publishing a release whose tag names a version of`,
    `# ${d.model} (MODEL@vX.Y.Z or vX.Y.Z) promotes it to production; running the workflow by hand`,
    "# promotes a chosen version (default: the latest that passed) to a chosen stage. The stage's",
    '# thresholds are checked on the recorded metrics, so nothing is installed or evaluated here.',
    `name: lepton${suffix}-promote`,
    'on:',
    '  release:',
    '    types: [published]',
    '  workflow_dispatch:',
    '    inputs:',
    '      stage:',
    '        description: Stage to promote to',
    '        required: true',
    '        default: staging',
    '      version:',
    "        description: 'Version to promote (default: the latest that passed its thresholds)'",
    '        required: false',
    '',
    '# Least privilege:',
    '#   contents: write — push the stage tag MODEL#STAGE#N',
    'permissions:',
    '  contents: write',
    '',
    'concurrency:',
    `  group: lepton${suffix}-promote`,
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  promote:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    ...actionStep(d, [
      "          stage: ${{ github.event_name == 'release' && 'production' || inputs.stage }}",
      '          version: ${{ inputs.version }}',
    ]),
    '',
  ];

  return [
    { path: file('pr'), base: 'repo', content: pr.join('\n') },
    { path: file('record'), base: 'repo', content: record.join('\n') },
    { path: file('promote'), base: 'repo', content: promote.join('\n') },
  ];
}
