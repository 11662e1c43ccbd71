// What Apollo Client (3.x, the web app's) makes of an operation the gateway refuses with a 4xx:
// where the error's code reaches the application, under each error policy.
// Usage: node apollo_refused_operations.mjs <graphql url>
// Prints {"<case>": {"<errorPolicy>": {status, data, graphQLErrors, networkError}}}.
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client/core/index.js";

const [url] = process.argv.slice(2);
let lastStatus = null;

async function recordingFetch(input, init = {}) {
  const response = await fetch(input, init);
  lastStatus = response.status;
  return response;
}

const CASES = {
  // A non-null root field refused: `data` is null.
  noData: gql`mutation PostJob { postJob(input: {title: "Data Engineer", description: "Spark."}) { id } }`,
  // A nullable root field refused: `data` is an object of nulls.
  rootFieldsNull: gql`query AdminUser { adminUser(id: "VXNlcjox") { id } }`,
};

function codesOf(errors) {
  return (errors || []).map((error) => error.extensions?.code);
}

async function run(document, errorPolicy) {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, fetch: recordingFetch }),
    cache: new InMemoryCache(),
  });
  const isMutation = document.definitions[0].operation === "mutation";
  try {
    const result = isMutation
      ? await client.mutate({ mutation: document, errorPolicy })
      : await client.query({ query: document, errorPolicy, fetchPolicy: "network-only" });
    return { status: lastStatus, data: result.data ?? null, graphQLErrors: codesOf(result.errors), networkError: null };
  } catch (error) {
    const network = error.networkError;
    return {
      status: lastStatus,
      data: null,
      graphQLErrors: codesOf(error.graphQLErrors),
      networkError: network ? { statusCode: network.statusCode, resultCodes: codesOf(network.result?.errors) } : null,
    };
  }
}

const report = {};
for (const [name, document] of Object.entries(CASES)) {
  report[name] = {};
  for (const policy of ["none", "all"]) {
    report[name][policy] = await run(document, policy);
  }
}
console.log(JSON.stringify(report));
