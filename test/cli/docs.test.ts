// The ```console blocks of docs/cli.md are run: each `$ kinerja ...` line is run from the
// repository root, and what it prints (standard output, then standard error) must be exactly the
// lines under it; `# exits N` after a command is its expected exit code (default 0).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { repoRoot } from "../support/examples.js";

interface Command {
  readonly line: string;
  readonly argv: string[];
  readonly exit: number;
  readonly expected: string;
}

function commands(markdown: string): Command[] {
  const found: Command[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = (block[1] as string).replace(/\n$/, "").split("\n");
    let current: { line: string; argv: string[]; exit: number; output: string[] } | undefined;
    const flush = () => {
      if (current !== undefined)
        found.push({ ...current, expected: current.output.map((l) => `${l}\n`).join("") });
    };
    for (const line of lines) {
      const command = /^\$ kinerja (.*?)(?:\s+# exits (\d))?$/.exec(line);
      if (command === null) {
        current?.output.push(line);
        continue;
      }
      flush();
      current = {
        line,
        argv: (command[1] as string).split(/\s+/),
        exit: Number(command[2] ?? 0),
        output: [],
      };
    }
    flush();
  }
  return found;
}

const documented = commands(readFileSync(join(repoRoot, "docs", "cli.md"), "utf8"));

describe("docs/cli.md", () => {
  it("has commands to run", () => expect(documented.length).toBeGreaterThan(5));
  it.each(documented.map((command) => [command.line, command] as const))(
    "%s",
    async (_line, command) => {
      const cwd = process.cwd();
      process.chdir(repoRoot);
      let output = "";
      try {
        const code = await run(command.argv, {
          stdout: (text) => {
            output += text;
          },
          stderr: (text) => {
            output += text;
          },
          stderrIsTTY: false,
        });
        expect(output.replace(/[\u00a0\u202f]/g, " ")).toBe(command.expected);
        expect(code).toBe(command.exit);
      } finally {
        process.chdir(cwd);
      }
    },
  );
});
