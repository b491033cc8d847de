import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/site.ts
import { resolve } from "node:path";
function register(program, context) {
  program.command("site").description(
    "the registry of every model as a static web site and read-only JSON API (no server, works from file://)"
  ).requiredOption(
    "--out <dir>",
    "(required) output directory (replaced whole; must be new, empty or an earlier site)"
  ).option(
    "--repo-url <url>",
    "link commits to URL/commit/SHA (default: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY when set)"
  ).option("--json", "print one JSON document on stdout").addHelpText("after", `
${exitCodesHelp("site")}`).action(async (opts) => {
    const ctx = context();
    const [{ buildSite }, { Git }] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      import("./git-2Y3EXTAY.js")
    ]);
    const top = await new Git(ctx.cwd, ctx.env).topLevel();
    if (!top)
      throw new LeptonError("invalid", "site needs a git repository (versions are git tags)");
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = ctx.env;
    const repoUrl = opts.repoUrl ?? (server && repo ? `${server}/${repo}` : null);
    const result = await buildSite(new Git(top, ctx.env), resolve(ctx.cwd, opts.out), {
      repoUrl
    });
    if (opts.json) ctx.out.result(result);
    else
      ctx.out.print(
        `wrote ${opts.out}: ${result.models} models, ${result.versions} versions, ${result.files} files, ${Math.round(result.bytes / 1024)} KiB`
      );
  });
}
export {
  register
};
