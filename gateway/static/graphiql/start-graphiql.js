// Starts GraphiQL against this gateway's /graphql (same origin). Kept out of the page so the
// Content-Security-Policy can forbid inline scripts.
(function () {
  var url = new URL("/graphql", window.location.href);
  // Subscriptions go over graphql-transport-ws on the same origin and path, taken from the
  // address the browser used, so the page works behind a proxy that serves it over https.
  var subscriptionUrl = new URL(url.toString());
  subscriptionUrl.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  var fetcher = GraphiQL.createFetcher({
    url: url.toString(),
    headers: { "Apollo-Require-Preflight": "true" },
    // GraphiQL sends the Headers editor's entries as the connection_init payload, where the
    // gateway reads `Authorization: Bearer …` as it does the HTTP header.
    subscriptionUrl: subscriptionUrl.toString(),
  });
  var props = {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
    isHeadersEditorEnabled: true,
  };
  // A link to /graphql?query=... opens with that operation in the editor, not run until asked.
  var params = new URLSearchParams(window.location.search);
  if (params.get("query")) props.query = params.get("query");
  if (params.get("variables")) props.variables = params.get("variables");
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, props));
})();
