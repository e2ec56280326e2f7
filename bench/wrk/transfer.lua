-- Transfers through the frontend: POST /api/transfers, each player back and forth between two teams.
-- One connection per wrk thread (run.sh passes -t N -c N), so each thread owns one player and sends
-- its next transfer only after the previous one answered; the direction flips on success only.
-- Environment: BENCH_WRK_DIR, BENCH_API_KEY, BENCH_TRANSFERS = "player|teamA|teamB;player|teamA|teamB;...".
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local key = os.getenv("BENCH_API_KEY")

local assignments = {}
for entry in string.gmatch(os.getenv("BENCH_TRANSFERS"), "[^;]+") do
  local player, a, b = string.match(entry, "([^|]+)|([^|]+)|([^|]+)")
  table.insert(assignments, { player = player, a = a, b = b })
end

local count = 0

function setup(thread)
  count = count + 1
  local mine = assignments[(count - 1) % #assignments + 1]
  thread:set("player", mine.player)
  thread:set("home", mine.a)
  thread:set("away", mine.b)
end

local at_home = true

function request()
  local from, to = home, away
  if not at_home then
    from, to = away, home
  end
  local body = string.format('{"player":"%s","fromTeam":"%s","toTeam":"%s"}', player, from, to)
  return wrk.format("POST", "/api/transfers", { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end

function response(status, headers, body)
  if status == 200 then
    at_home = not at_home
  end
end

done = report
