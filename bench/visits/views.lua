-- wrk script: page views, each from a new simulated visitor (its own
-- User-Agent), or all from one reader with BENCH_SAME_READER=1.
-- Environment: BENCH_PATH (the page), BENCH_DELAY_MS (pause per connection,
-- for a paced rate), BENCH_RUN (makes this run's visitors new ones).
local threads = {}
local path = os.getenv("BENCH_PATH") or "/"
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local run = os.getenv("BENCH_RUN") or "0"
local same = os.getenv("BENCH_SAME_READER") == "1"

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  ok = 0
end

function request()
  counter = counter + 1
  local agent = "Mozilla/5.0 (X11; Linux x86_64) bench/" .. run
  if not same then agent = agent .. "-" .. tid .. "-" .. counter end
  return wrk.format("GET", path, {["User-Agent"] = agent})
end

function delay()
  return pause
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("ok") end
  io.write(string.format("OK %d\n", total))
end
