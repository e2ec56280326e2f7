-- The floor under a create: one new 12-field document straight into the emulator's REST API, a new
-- id per request (what the original app did for every row). Environment: BENCH_WRK_DIR, BENCH_PREFIX,
-- BENCH_COLLECTION_PATH (/v1/projects/{p}/databases/(default)/documents/{collection}).
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local path = os.getenv("BENCH_COLLECTION_PATH")
local prefix = os.getenv("BENCH_PREFIX")

local threads = {}

function setup(thread)
  thread:set("tag", tostring(#threads))
  table.insert(threads, thread)
end

counter = 0

local fields = '{"fields":{"Name":{"stringValue":"Baseline Player"},"Team":{"stringValue":"Chelsea"},' ..
  '"Nationality":{"stringValue":"England"},"Position":{"stringValue":"Midfielder"},' ..
  '"Appearances":{"integerValue":"1"},"Goals":{"integerValue":"0"},"Assists":{"integerValue":"0"},' ..
  '"Passes":{"integerValue":"30"},"Interceptions":{"integerValue":"1"},"Tackles":{"integerValue":"2"},' ..
  '"Fouls":{"integerValue":"0"},"Price":{"integerValue":"1"}}}'

function request()
  counter = counter + 1
  local id = prefix .. "-" .. tag .. "-" .. counter
  return wrk.format("POST", path .. "?documentId=" .. id,
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer owner" }, fields)
end

done = report
