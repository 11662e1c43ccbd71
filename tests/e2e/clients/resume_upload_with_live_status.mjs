// A candidate's app: graphql-ws subscribes to resumeProcessed, apollo-upload-client uploads
// a resume as a multipart request, and the subscription reports it parsed.
// Usage: node resume_upload_with_live_status.mjs <http graphql url> <ws graphql url> <access token>
// Prints {"uploaded": {...}, "processed": {...}}.
import { ApolloClient, InMemoryCache, gql } from "@apollo/client/core/index.js";
import createUploadLink from "apollo-upload-client/createUploadLink.mjs";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [httpUrl, wsUrl, token] = process.argv.slice(2);
const fail = (message) => { console.error(message); process.exit(1); };
setTimeout(() => fail("timed out waiting for resumeProcessed"), 90_000).unref();

const ws = createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
  retryAttempts: 0,
});

const processed = new Promise((resolve, reject) => {
  ws.subscribe(
    { query: "subscription { resumeProcessed { id status filename } }" },
    { next: (message) => resolve(message), error: reject, complete: () => reject(new Error("completed early")) },
  );
});

// One round trip on the same connection first, so the subscription is in place before the upload.
await new Promise((resolve, reject) => {
  ws.subscribe({ query: "{ __typename }" }, { next: () => {}, error: reject, complete: resolve });
});

const apollo = new ApolloClient({
  link: createUploadLink({
    uri: httpUrl,
    headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
  }),
  cache: new InMemoryCache(),
});

const text = [
  "Ada Lovelace", "ada@example.com", "", "Summary", "Backend engineer who builds APIs in Python and PostgreSQL.",
  "", "Experience", "Senior Engineer, Analytical Engines Ltd, 2019 - present", "", "Skills", "Python, PostgreSQL, Docker, GraphQL",
].join("\n");
const file = new File([text], "ada-lovelace.txt", { type: "text/plain" });

const uploaded = await apollo.mutate({
  mutation: gql`mutation Upload($file: Upload!) { uploadResume(file: $file) { id filename status } }`,
  variables: { file },
});
const message = await processed;
await ws.dispose();
console.log(JSON.stringify({ uploaded: uploaded.data.uploadResume, processed: message.data.resumeProcessed }));
