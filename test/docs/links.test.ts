import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/examples.js";

// A user of the installed package reads README.md and the guides offline: every relative link in
// the Markdown files the package ships resolves to a file the package ships (the list is npm's
// own, from `npm pack --dry-run`), and a link to a heading names a heading that exists.

interface PackedFile {
  readonly path: string;
}
const packed: readonly PackedFile[] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }),
)[0].files;
const shipped = new Set(packed.map((file) => file.path));
const markdown = [...shipped].filter((path) => path.endsWith(".md")).sort();

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchors(path: string): Set<string> {
  const text = readFileSync(join(repoRoot, path), "utf8").replace(/```[\s\S]*?```/g, "");
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const base = slug(heading ?? "");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Relative link targets of a Markdown file (inline links and images, outside code blocks). */
function links(path: string): string[] {
  const text = readFileSync(join(repoRoot, path), "utf8")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target)); // http:, https:, mailto:
}

describe("links in the shipped Markdown", () => {
  it("ships README.md and the guides", () => {
    expect(markdown).toContain("README.md");
    expect(markdown).toContain("docs/getting-started.md");
    expect(markdown.filter((path) => path.startsWith("docs/api/"))).toEqual([]);
  });

  it.each(markdown)("%s: every relative link resolves inside the package", (path) => {
    const dead: string[] = [];
    for (const target of links(path)) {
      const [file = "", anchor] = target.split("#");
      const resolved =
        file === "" ? path : relative(".", normalize(join(dirname(path), decodeURI(file))));
      if (!shipped.has(resolved)) {
        dead.push(`${target} (${resolved} is not in the package)`);
      } else if (
        anchor !== undefined &&
        resolved.endsWith(".md") &&
        !anchors(resolved).has(anchor)
      ) {
        dead.push(`${target} (no heading #${anchor} in ${resolved})`);
      }
    }
    expect(dead).toEqual([]);
  });
});
