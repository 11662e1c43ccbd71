// Apollo Client with the persisted-queries link, as the web app uses it: hashed queries by
// GET, the full query only when the server does not know the hash yet.
// Usage: node apollo_persisted_queries.mjs <graphql url> <access token>
// Prints {"first": data, "second": data, "requests": [{method, sentQuery, status, codes}]}.
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client/core/index.js";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries/index.js";

const [url, token] = process.argv.slice(2);
const requests = [];

async function recordingFetch(input, init = {}) {
  const response = await fetch(input, init);
  const body = await response.clone().json().catch(() => null);
  const requestUrl = new URL(typeof input === "string" ? input : input.url);
  const sentQuery = init.method === "GET" ? requestUrl.searchParams.has("query") : JSON.parse(init.body).query !== undefined;
  requests.push({
    method: init.method || "GET",
    sentQuery,
    status: response.status,
    codes: (body?.errors || []).map((e) => e.extensions?.code),
  });
  return response;
}

function client() {
  const persisted = createPersistedQueryLink({
    sha256: (query) => createHash("sha256").update(query).digest("hex"),
    useGETForHashedQueries: true,
  });
  const http = new HttpLink({
    uri: url,
    fetch: recordingFetch,
    headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
  });
  return new ApolloClient({ link: persisted.concat(http), cache: new InMemoryCache() });
}

const SEARCH = gql`
  query ReferenceSearch {
    searchJobs(first: 20) { edges { node { id title organization { name } requiredSkills } } }
  }
`;

const first = await client().query({ query: SEARCH, fetchPolicy: "network-only" });
// A second client (a fresh page load): the server knows the hash now.
const second = await client().query({ query: SEARCH, fetchPolicy: "network-only" });
console.log(JSON.stringify({ first: first.data, second: second.data, requests }));
