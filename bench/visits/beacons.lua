-- wrk script: paced beacons, each from a different (simulated) visitor.
-- Environment: BENCH_PAGE (page id), BENCH_DELAY_MS (pause per connection).
local threads = {}
local page = os.getenv("BENCH_PAGE") or ""
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  accepted = 0
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/luot-xem/", {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) bench/" .. tid .. "-" .. counter,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "p=" .. page)
end

function delay()
  return pause
end

function response(status, headers, body)
  if status == 204 then accepted = accepted + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("accepted") end
  io.write(string.format("ACCEPTED %d\n", total))
end
