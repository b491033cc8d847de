/** What `lepton init` is shown of the folder it sets up. Everything is relative to that folder, POSIX. */
export interface InitListing {
  /**
   * The files git would track under the folder (tracked, and untracked ones .gitignore does not
   * exclude), sorted; outside git, every file but those of well-known tool folders.
   */
  readonly files: readonly string[];
  /** Of those, the files Git LFS manages (`filter=lfs`), when git could tell; else empty. */
  readonly lfs: readonly string[];
  /** The folder's own name: the model's name when nothing better is found. */
  readonly folderName: string;
  /** The folder relative to the repository's top level (`.` at the top, or outside git). */
  readonly repoPath: string;
}

/** The text of the files the planner asked for; null when absent or unreadable. */
export type InitContents = Readonly<Record<string, string | null>>;

export interface InitOptions {
  /** Also plan the three workflows in `.github/workflows/` of the repository. */
  readonly workflows: boolean;
  /** The manifest's file name in the folder (default lepton.yml). */
  readonly manifest: string;
}

/** One file to write. */
export interface PlannedFile {
  /** Relative to the folder (`manifest`) or to the repository's top level (`workflow`). */
  readonly path: string;
  readonly base: 'folder' | 'repo';
  readonly content: string;
}

/** A fact `init` based the manifest on; `guessed` when it is a convention, not something read. */
export interface Finding {
  readonly text: string;
  readonly guessed: boolean;
}

export interface InitPlan {
  readonly model: string;
  readonly files: readonly PlannedFile[];
  readonly findings: readonly Finding[];
  /** What the manifest declares, for the summary and the tests. */
  readonly components: Readonly<Record<string, readonly string[]>>;
  readonly data: Readonly<Record<string, readonly string[]>>;
  readonly eval: { readonly command: string; readonly metrics: readonly string[] };
  /** Metric names seen in an existing metrics file (suggested thresholds, commented out). */
  readonly metricNames: readonly string[];
  readonly language: 'python' | 'node' | 'other';
  readonly dvc: boolean;
}
