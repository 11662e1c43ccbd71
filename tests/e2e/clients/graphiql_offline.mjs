// Opens GraphiQL from the gateway in headless Chromium with every non-loopback request cut
// off, runs a query and reads the result pane.
// Usage: node graphiql_offline.mjs <graphql url> <query>
// Prints {"result": "<result pane text>", "offLoopback": [urls the page tried to reach elsewhere]}.
import { chromium } from "playwright-core";

const [url, query] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-domain-reliability", "--no-first-run",
    // No DNS but loopback: nothing outside this machine can even be resolved.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
  ],
});
const offLoopback = [];
try {
  const page = await browser.newPage();
  await page.route("**/*", (route) => {
    const target = new URL(route.request().url());
    if (["127.0.0.1", "localhost"].includes(target.hostname) || target.protocol === "data:") return route.continue();
    offLoopback.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 30_000 });
  await page.evaluate((text) => {
    document.querySelector(".graphiql-query-editor .CodeMirror").CodeMirror.setValue(text);
  }, query);
  await page.click(".graphiql-execute-button");
  await page.waitForFunction(
    () => (document.querySelector(".graphiql-response .CodeMirror")?.CodeMirror?.getValue() || "").includes("data"),
    null, { timeout: 30_000 },
  );
  const result = await page.evaluate(
    () => document.querySelector(".graphiql-response .CodeMirror").CodeMirror.getValue(),
  );
  console.log(JSON.stringify({ result, offLoopback }));
} finally {
  await browser.close();
}
