import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  reportMarker
} from "./chunk-BODCAMWZ.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/github/comments.ts
var MAX_COMMENT_CHARS = 65536;
var commentMarker = /* @__PURE__ */ __name((model) => reportMarker(model), "commentMarker");
var ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" };
async function tokenIdentity(client) {
  try {
    const r = await client.rest.users.getAuthenticated();
    if (r.data.login) return { login: r.data.login, type: r.data.type || "User", how: "GET /user" };
  } catch {
  }
  try {
    const r = await client.graphql("query { viewer { login } }");
    const login = r.viewer?.login;
    if (typeof login === "string" && login) {
      return { login, type: login.endsWith("[bot]") ? "Bot" : "User", how: "GraphQL viewer" };
    }
  } catch {
  }
  return { ...ACTIONS_BOT, how: "assumed" };
}
__name(tokenIdentity, "tokenIdentity");
function isOwnComment(c, marker, author) {
  return c.user?.login === author.login && c.user.type === author.type && typeof c.body === "string" && c.body.startsWith(marker);
}
__name(isOwnComment, "isOwnComment");
async function upsertStickyComment(client, target, marker, body, options = {}) {
  const text = fitComment(body.startsWith(marker) ? body : `${marker}
${body}`);
  const where = { owner: target.owner, repo: target.repo };
  const info = options.info ?? (() => void 0);
  try {
    let author = options.identity ?? await tokenIdentity(client);
    if (!options.identity) {
      const how = author.how;
      info(
        `the token comments as ${author.login} (${how === "assumed" ? "assumed: GITHUB_TOKEN" : how})`
      );
    }
    const existing = await ownComments(client, target, marker, author);
    if (existing.length > 0) {
      const [keep, ...extra] = existing;
      const r2 = await client.rest.issues.updateComment({
        ...where,
        comment_id: keep.id,
        body: text
      });
      const removed2 = await deleteAll(
        client,
        target,
        extra.map((c) => c.id)
      );
      return { outcome: "updated", id: r2.data.id, url: r2.data.html_url, removed: removed2 };
    }
    const created = await client.rest.issues.createComment({
      ...where,
      issue_number: target.issueNumber,
      body: text
    });
    const actual = created.data.user;
    if (actual && (actual.login !== author.login || actual.type !== author.type)) {
      info(
        `the comment was written as ${actual.login}, not ${author.login}: looking for its older comments`
      );
      author = { login: actual.login, type: actual.type };
    }
    const mine = await ownComments(client, target, marker, author);
    const oldest = mine[0];
    if (!oldest || oldest.id === created.data.id) {
      return { outcome: "created", id: created.data.id, url: created.data.html_url, removed: [] };
    }
    const r = await client.rest.issues.updateComment({
      ...where,
      comment_id: oldest.id,
      body: text
    });
    const removed = await deleteAll(client, target, [created.data.id]);
    info(
      `another run created comment ${oldest.id} first: updated it and deleted the duplicate ${created.data.id}`
    );
    return { outcome: "updated", id: r.data.id, url: r.data.html_url, removed };
  } catch (e) {
    const status = e.status;
    if (status === 403 || status === 404) {
      return { outcome: "denied", status, message: e.message };
    }
    throw e;
  }
}
__name(upsertStickyComment, "upsertStickyComment");
async function ownComments(client, target, marker, author) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  const found = [];
  for await (const page of pages) {
    for (const c of page.data) if (isOwnComment(c, marker, author)) found.push(c);
  }
  return found.sort((a, b) => a.id - b.id);
}
__name(ownComments, "ownComments");
async function deleteAll(client, target, ids) {
  const removed = [];
  for (const id of ids) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: id
      });
      removed.push(id);
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }
  return removed;
}
__name(deleteAll, "deleteAll");
function fitComment(body) {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n\n\u2026 (report truncated: the full report is in the job summary)\n";
  const room = body.slice(0, MAX_COMMENT_CHARS - note.length);
  const cut = room.lastIndexOf("\n");
  return (cut > 0 ? room.slice(0, cut) : room) + note;
}
__name(fitComment, "fitComment");

export {
  commentMarker,
  tokenIdentity,
  isOwnComment,
  upsertStickyComment,
  fitComment
};
