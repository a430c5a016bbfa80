-- wrk script for load-check.sh: a mix of valid and invalid requests to every operation, signed in as a case system.
-- Each thread counts the statuses it gets; done() prints them all as "status count" lines after "STATUSES".
local auth = "Basic " .. os.getenv("LOAD_AUTH")
local function file(name)
  local f = assert(io.open(os.getenv("EXAMPLES") .. "/" .. name, "r"))
  local text = f:read("*a")
  f:close()
  return text
end
local sudi = file("sudi.request.json")
local cases = {}
for i = 1, 50 do cases[i] = sudi end
local mix = {
  {"POST", "/api/v1/assessments", sudi},
  {"POST", "/api/v1/assessments?impact=false", file("looked-after-child-death.request.json")},
  {"POST", "/api/v1/assessments", file("serious-harm-facts-unknown.request.json")},
  {"POST", "/api/v1/timescales", file("timescales-christmas.request.json")},
  {"POST", "/api/v1/rapid-review-meetings/quorum", file("quorum-with-ccg.request.json")},
  {"GET", "/api/v1/rules/N1-must-notify", nil},
  {"POST", "/api/v1/assessments", '{"incident": {"outcome": "DEAD"}, "child": {"ageInYears": 400}}'},
  {"POST", "/api/v1/assessments", string.rep("[", 5000) .. string.rep("]", 5000)},
  {"POST", "/api/v1/assessments", '{"incident": {"outcome": "DIED", "outcome": "HARMED"}}'},
  {"POST", "/api/v1/timescales", '{"awarenessDate": "2026-02-30"'},
  {"POST", "/api/v1/rapid-review-meetings/quorum", ''},
  {"POST", "/api/v1/assessments/batch?impact=true", '{"cases": [' .. table.concat(cases, ",") .. ']}'},
}
local requests = {}
for i, m in ipairs(mix) do
  -- wrk.format uses only the headers given, so the Host header HTTP/1.1 requires is given too.
  local headers = {["Authorization"] = auth, ["Host"] = wrk.host .. ":" .. wrk.port}
  if m[3] then headers["Content-Type"] = "application/json" end
  requests[i] = wrk.format(m[1], m[2], headers, m[3])
end
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
local n = 0
counts = {}  -- a global: wrk reads it back from each thread in done()
function init(args)
  n = math.random(#requests)
end
function request()
  n = n % #requests + 1
  return requests[n]
end
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
function done(summary, latency, requests)
  print("STATUSES")
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, count in pairs(c) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do print(status .. " " .. count) end
  print(string.format("LATENCY p50=%.0fms p99=%.0fms max=%.0fms", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  print(string.format("ERRORS connect=%d read=%d write=%d timeout=%d", summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
