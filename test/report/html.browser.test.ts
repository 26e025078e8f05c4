// The HTML scorecard in a real browser: Debian's Chromium driven by playwright-core. The page must
// render with no console error and no request (it is self-contained), show the numbers of the
// report's JSON (each formatted with formatValue), and a screenshot is written to .tmp/ for a person
// to look at. Without Chromium or playwright-core the test is skipped with a message, unless
// KINERJA_REQUIRE_ENGINES=1 (CI), where it fails.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFormatter } from "../../src/index.js";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { renderHtml } from "../../src/report/render/renderHtml.js";
import { repoRoot } from "../support/examples.js";

const CHROMIUM = process.env.KINERJA_CHROMIUM ?? "/usr/bin/chromium";
const required = process.env.KINERJA_REQUIRE_ENGINES === "1";

/** The part of the DOM the checks read (the project's tsconfig has no DOM library). */
interface DomElement {
  readonly textContent: string | null;
  readonly offsetHeight: number;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomElement[];
  getBoundingClientRect(): { readonly height: number };
}

interface Page {
  on(event: "console", listener: (message: { type(): string; text(): string }) => void): void;
  on(event: "pageerror", listener: (error: Error) => void): void;
  on(event: "request", listener: (request: { url(): string }) => void): void;
  goto(url: string): Promise<unknown>;
  emulateMedia(options: { media: "print" | "screen" }): Promise<void>;
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
  $$eval<T>(selector: string, fn: (elements: DomElement[]) => T): Promise<T>;
  evaluate<T>(fn: () => T): Promise<T>;
}
interface Browser {
  newPage(options?: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

async function launch(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  let chromium: { launch(options: object): Promise<Browser> };
  try {
    const name = "playwright-core";
    ({ chromium } = (await import(/* @vite-ignore */ name)) as { chromium: typeof chromium });
  } catch {
    return "playwright-core is not installed (npm install --no-save playwright-core)";
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}

const browser = await launch();
if (typeof browser === "string") {
  if (required)
    throw new Error(`KINERJA_REQUIRE_ENGINES=1 but the browser test cannot run: ${browser}`);
  console.warn(`Skipping the HTML scorecard browser test: ${browser}`);
}
const out = join(repoRoot, ".tmp", "scorecard");

describe.skipIf(typeof browser === "string").each(["en-US", "id-ID"])(
  "the HTML scorecard in Chromium (%s)",
  (locale) => {
    let page: Page;
    const errors: string[] = [];
    const requests: string[] = [];
    let report: Awaited<ReturnType<typeof buildReport>>;

    beforeAll(async () => {
      report = await buildReport(
        await loadSpec(join(repoRoot, "examples", "report", "spec.json")),
        { locale, period: "2026-10" },
      );
      mkdirSync(out, { recursive: true });
      const file = join(out, `scorecard-${locale}.html`);
      writeFileSync(file, renderHtml(report));
      page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } });
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("request", (request) => {
        if (!request.url().startsWith("file:") && !request.url().startsWith("data:"))
          requests.push(request.url());
      });
      await page.goto(`file://${file}`);
    });

    it("renders with no console error and no request", async () => {
      await page.screenshot({ path: join(out, `scorecard-${locale}.png`), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(
        await page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
              .documentElement.lang,
        ),
      ).toBe(locale.slice(0, 2));
    });

    it("shows the numbers of the report's JSON on every card and in every series table", async () => {
      const f = createFormatter({ locale, currency: "IDR" });
      const cards = await page.$$eval("article.kpi", (elements) =>
        elements.map((card) => {
          const text = (field: string) =>
            card.querySelector(`[data-field="${field}"]`)?.textContent ?? null;
          const rows = [...card.querySelectorAll("table.series tbody tr")].map((row) => [
            row.getAttribute("data-period"),
            row.querySelector('[data-field="value"]')?.textContent ?? null,
            row.querySelector('[data-field="target"]')?.textContent ?? null,
          ]);
          const svg = card.querySelector("svg");
          return {
            id: card.getAttribute("data-kpi"),
            value: text("value"),
            target: text("target"),
            attainment: text("attainment"),
            status: text("status"),
            rows,
            chart: svg === null ? 0 : svg.getBoundingClientRect().height,
            dots: card.querySelectorAll("svg circle").length,
          };
        }),
      );
      expect(cards.map((card) => card.id)).toEqual(report.kpis.map((kpi) => kpi.id));
      for (const [i, kpi] of report.kpis.entries()) {
        const card = cards[i];
        expect(card?.value).toBe(f.formatValue(kpi.value, kpi.unit));
        expect(card?.target).toBe(f.formatValue(kpi.target as string | null, kpi.unit));
        expect(card?.attainment).toBe(f.formatValue(kpi.attainment, "ratio"));
        expect(card?.status).toBe(f.statusLabel(kpi.status));
        expect(card?.rows).toEqual(
          kpi.series.map((p) => [
            p.period,
            f.formatValue(p.value, kpi.unit),
            f.formatValue(p.target as string | null, kpi.unit),
          ]),
        );
        expect(card?.chart).toBeGreaterThan(50);
        expect(card?.dots).toBe(kpi.series.filter((p) => p.value !== null).length);
      }
    });

    it("shows the review of the report's JSON: intervals, the projection, the alerts", async () => {
      const f = createFormatter({ locale, currency: "IDR" });
      const intervals = await page.$$eval("article.kpi", (elements) =>
        elements.map((card) => [
          card.getAttribute("data-kpi"),
          card.querySelector('[data-field="interval"]')?.textContent ?? null,
        ]),
      );
      for (const kpi of report.kpis) {
        const shown = intervals.find(([id]) => id === kpi.id)?.[1] ?? null;
        const interval = kpi.interval;
        if (interval === null) expect([kpi.id, shown]).toEqual([kpi.id, null]);
        else {
          const unit = interval.model === "share" ? "ratio" : kpi.unit;
          expect(
            shown?.startsWith(
              `${f.formatValue(interval.lower, unit)} – ${f.formatValue(interval.upper, unit)}`,
            ),
          ).toBe(true);
        }
      }
      const alerts = await page.$$eval('[data-field="alerts"] li', (items) =>
        items.map((item) => item.textContent),
      );
      expect(alerts).toEqual(report.review.alerts?.map((alert) => alert.message));
      const projection = await page.$$eval('[data-field="projection"] li', (items) =>
        items.map((item) => item.textContent ?? ""),
      );
      expect(projection[1]).toContain(
        f.formatValue(report.review.projection?.projected ?? null, "currency"),
      );
    });

    it("prints the series tables (closed on screen) and keeps the status colours", async () => {
      await page.emulateMedia({ media: "print" });
      const visible = await page.$$eval(
        "table.series",
        (tables) => tables.filter((t) => t.offsetHeight > 0).length,
      );
      expect(visible).toBe(report.kpis.length);
      await page.emulateMedia({ media: "screen" });
    });
  },
);

afterAll(async () => {
  if (typeof browser !== "string") await browser.close();
});
