// Runs the graphql-http server audits against a live gateway and prints one JSON line:
// {"total": n, "passed": n, "failures": [{id, name, status, reason}]}.
// Usage: node audit_graphql_http.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from "graphql-http";

const url = process.argv[2];
if (!url) {
  console.error("usage: node audit_graphql_http.mjs <graphql url>");
  process.exit(2);
}

// The gateway refuses GET and multipart requests that could be sent cross-site without a
// CORS preflight (CSRF), as Apollo Server does; real clients send this header, so does the audit.
const fetchWithPreflightHeader = (input, init = {}) => {
  const headers = new Headers(init.headers || {});
  headers.set("apollo-require-preflight", "true");
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn: fetchWithPreflightHeader });
const failures = [];
for (const result of results) {
  if (result.status !== "ok") {
    let reason = result.reason;
    try {
      const response = result.response;
      reason += ` (HTTP ${response.status}: ${(await response.text()).slice(0, 200)})`;
    } catch {}
    failures.push({ id: result.id, name: result.name, status: result.status, reason });
  }
}
console.log(JSON.stringify({ total: results.length, passed: results.length - failures.length, failures }));
