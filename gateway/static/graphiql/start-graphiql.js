// Starts GraphiQL against this gateway's /graphql (same origin). Kept out of the page so the
// Content-Security-Policy can forbid inline scripts.
(function () {
  var url = new URL("/graphql", window.location.href).toString();
  var fetcher = GraphiQL.createFetcher({ url: url, headers: { "Apollo-Require-Preflight": "true" } });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
    })
  );
})();
