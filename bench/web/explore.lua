-- wrk script: GET /explore rotating over the same 8 combinations as run.py's EXPLORE, and a
-- JSON summary (p50/p95/p99/max in ms, requests, non-2xx) on the last line.
-- Usage: wrk -t2 -c50 -d30s -s bench/web/explore.lua http://127.0.0.1:PORT
local paths = {
  "/explore?measure=homicide&area=London&period=2022",
  "/explore?measure=homicide_victims&area=London&period=2022&by=method",
  "/explore?measure=knife_homicide_victims&area=London&period=2021",
  "/explore?measure=robbery&area=London&period=2023",
  "/explore?measure=burglary&area=Camden&period=2022",
  "/explore?measure=all_crime&area=London&period=2021%2F22",
  "/explore?measure=homicide_victims&area=London&period=2019&map=rate",
  "/explore?measure=personal_robbery&area=Redbridge&period=2022-11",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept"] = "text/html"})
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
               + summary.errors.write + summary.errors.timeout
  io.write(string.format('{"requests": %d, "seconds": %.1f, "rps": %.1f, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f, "errors": %d, "non_2xx": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status))
end
