// The reference query offered at a fixed rate for a fixed time, by npm's `loadtest`: with
// `requestsPerSecond` it sends on a timer that keeps to its schedule (it catches up when late)
// and takes a free connection or opens one, never waiting for an answer first (an open model),
// so a slow answer does not hold back the requests after it (no coordinated omission in the
// sending). Each latency runs from the moment loadtest sent the request; a lag of this process's
// own event loop before that is not in it. Prints one JSON line: loadtest's summary and every
// latency, in whole milliseconds (loadtest truncates each to the millisecond below).
//
// usage: node paced_load.mjs URL RATE SECONDS BODY [AUTHORIZATION]
import { loadTest } from 'loadtest'

const [url, rate, seconds, body, authorization] = process.argv.slice(2)
const latencies = []
const failures = []
// A length, as wrk sends it (without one, node sends the body chunked).
const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }
if (authorization) headers.authorization = authorization

const result = await loadTest({
  url,
  method: 'POST',
  body,
  contentType: 'application/json',
  headers,
  requestsPerSecond: Number(rate),
  maxSeconds: Number(seconds),
  agentKeepAlive: true,
  quiet: true,
  statusCallback: (error, answer) => {
    if (error || !answer || answer.statusCode !== 200) failures.push(String(error || answer?.statusCode))
    else latencies.push(answer.requestElapsed)
  },
})
process.stdout.write(JSON.stringify({
  targetRps: Number(rate),
  effectiveRps: result.effectiveRps,
  totalRequests: result.totalRequests,
  totalErrors: result.totalErrors,
  elapsedSeconds: result.elapsedSeconds,
  failures: failures.slice(0, 5),
  latencies,
}) + '\n', () => process.exit(0))  // the window ends here: requests still in flight are dropped, not waited for
