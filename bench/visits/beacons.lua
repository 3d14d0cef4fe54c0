-- wrk script: beacons, each from a different (simulated) visitor.
-- Environment: BENCH_PAGE (page id), BENCH_DELAY_MS (pause per connection,
-- for a paced rate), BENCH_RUN (makes this run's visitors new ones),
-- BENCH_VIEW (a page address: then each connection alternates a view of
-- that page and its beacon, as a reader's browser does).
local threads = {}
local page = os.getenv("BENCH_PAGE") or ""
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local run = os.getenv("BENCH_RUN") or "0"
local view = os.getenv("BENCH_VIEW")

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  beacons = 0
  accepted = 0
  pages = 0
  next_is_view = view ~= nil
end

function request()
  if next_is_view then
    next_is_view = false
    return wrk.format("GET", view, {["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) reader"})
  end
  next_is_view = view ~= nil
  counter = counter + 1
  return wrk.format("POST", "/luot-xem/", {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) bench/" .. run .. "-" .. tid .. "-" .. counter,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "p=" .. page)
end

function delay()
  return pause
end

function response(status, headers, body)
  if status == 204 then accepted = accepted + 1
  elseif status == 200 and headers["X-Page-Cache"] == "HIT" then pages = pages + 1 end
end

function done(summary, latency, requests)
  local total, hits = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("accepted")
    hits = hits + thread:get("pages")
  end
  io.write(string.format("ACCEPTED %d\nPAGEHITS %d\n", total, hits))
end
