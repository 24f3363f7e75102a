// Lighthouse on several pages in one Chrome: `node lighthouse_pages.mjs <out.json>
// <categories,...> <chromium flags> <url>...` writes {url: Lighthouse's result (its "lhr")} to out.json.
// One Chrome and one Node for every page: a Lighthouse run of its own per page cost seconds each to start.
// chrome-launcher is what Lighthouse's own command line starts Chrome with (pinned in package-lock.json).
// The full-page screenshot is left out: it only illustrates a report, no score reads it.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [outFile, categories, flags, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromeFlags: ["--headless=new", ...flags.split(" ").filter(Boolean)] });
const results = {};
try {
  for (const url of urls) {
    const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error",
                                        onlyCategories: categories.split(","), disableFullPageScreenshot: true });
    results[url] = run.lhr;
  }
} finally {
  await chrome.kill();
}
writeFileSync(outFile, JSON.stringify(results));
