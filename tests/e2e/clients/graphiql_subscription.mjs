// Opens GraphiQL from the gateway in headless Chromium, signs in through its Headers editor,
// runs a subscription, uploads a resume over HTTP once the subscription is in place, and reads
// the event from the result pane.
// Usage: node graphiql_subscription.mjs <graphql url> <access token>
// Prints {"result": "<result pane text>", "subscriptionUrl": "<the websocket GraphiQL opened>"}.
import { chromium } from "playwright-core";

const [url, token] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
// The `nth` editor under `selector`: the Variables and Headers editors share one panel, in
// that order, the one not shown only made invisible.
const setEditor = (selector, text, nth = 0) => page.evaluate(([where, value, index]) => {
  document.querySelectorAll(`${where} .CodeMirror`)[index].CodeMirror.setValue(value);
}, [selector, text, nth]);
const resultPane = () => page.evaluate(
  () => document.querySelector(".graphiql-response .CodeMirror")?.CodeMirror?.getValue() || "",
);
let page;
try {
  page = await browser.newPage();
  let socketUrl = null;
  const subscribed = new Promise((resolve) => {
    page.on("websocket", (socket) => {
      socketUrl = socket.url();
      socket.on("framesent", (frame) => {
        if (String(frame.payload).includes('"subscribe"')) resolve();
      });
    });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 30_000 });
  // The Headers editor exists once its tab is opened.
  await page.click('.graphiql-editor-tools button[data-name="headers"]');
  await page.waitForFunction(() => document.querySelectorAll(".graphiql-editor-tool .CodeMirror").length === 2);
  await setEditor(".graphiql-editor-tool", JSON.stringify({ Authorization: `Bearer ${token}` }), 1);
  await setEditor(".graphiql-query-editor", "subscription { resumeProcessed { filename status } }");
  // GraphiQL parses the edited query after a debounce; it tells a subscription from that parse.
  await page.waitForTimeout(1_000);
  await page.click(".graphiql-execute-button");
  await Promise.race([
    subscribed,
    page.waitForTimeout(30_000).then(async () => { throw new Error(`no subscribe frame: ${await resultPane()}`); }),
  ]);
  // The gateway registers the subscription as it answers the subscribe message: a moment for it.
  await page.waitForTimeout(500);

  const form = new FormData();
  form.append("operations", JSON.stringify({
    query: "mutation($file: Upload!) { uploadResume(file: $file) { id } }", variables: { file: null },
  }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  const text = "Grace Hopper\ngrace@example.com\n\nSkills\nCOBOL, compilers, Python\n";
  form.append("0", new File([text], "grace-hopper.txt", { type: "text/plain" }));
  const uploaded = await fetch(url, {
    method: "POST", body: form, headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
  });
  if (!uploaded.ok) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);

  await page.waitForFunction(
    () => (document.querySelector(".graphiql-response .CodeMirror")?.CodeMirror?.getValue() || "").includes("grace-hopper"),
    null, { timeout: 90_000 },
  ).catch(async () => { throw new Error(`no event in the result pane: ${await resultPane()}`); });
  console.log(JSON.stringify({ result: await resultPane(), subscriptionUrl: socketUrl }));
} finally {
  await browser.close();
}
