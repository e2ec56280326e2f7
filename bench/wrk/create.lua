-- Signs new players: POST {BENCH_BASE_PATH}/teams/{team}/players (the frontend's /api by default, "" for
-- playerops itself), a unique name per request.
-- Names may hold letters only (no digits), so the counter is written in letters. Each thread has its
-- own tag; run.sh reads the counters printed by done() and deletes every player afterwards.
-- Environment: BENCH_WRK_DIR, BENCH_API_KEY, BENCH_TEAM, BENCH_PREFIX (letters), BENCH_MAX_PER_THREAD, BENCH_BASE_PATH.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local key = os.getenv("BENCH_API_KEY")
local team = os.getenv("BENCH_TEAM")
local prefix = os.getenv("BENCH_PREFIX")
local max_per_thread = tonumber(os.getenv("BENCH_MAX_PER_THREAD"))

-- 0 -> "a", 25 -> "z", 26 -> "ba": base 26 with the letters as digits.
function letters(n)
  local text = ""
  repeat
    text = string.char(97 + n % 26) .. text
    n = math.floor(n / 26)
  until n == 0
  return text
end

local threads = {}

function setup(thread)
  thread:set("tag", "T" .. letters(#threads))
  table.insert(threads, thread)
end

counter = 0

function request()
  if counter >= max_per_thread then
    -- The bound is reached: stop this thread; the request returned meanwhile changes nothing.
    wrk.thread:stop()
    return wrk.format("GET", "/alive")
  end

  local name = prefix .. " " .. tag .. " N" .. letters(counter)
  counter = counter + 1
  local body = string.format(
    '{"name":"%s","team":"%s","nationality":"England","position":"Midfielder","appearances":1,' ..
    '"goals":0,"assists":0,"passes":30,"interceptions":1,"tackles":2,"fouls":0,"price":1}', name, team)
  return wrk.format("POST", (os.getenv("BENCH_BASE_PATH") or "/api") .. "/teams/" .. team .. "/players",
    { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end

function done(summary, latency, requests)
  report(summary, latency)
  for _, thread in ipairs(threads) do
    io.write(string.format("BENCH_CREATED %s %d\n", thread:get("tag"), thread:get("counter")))
  end
end
