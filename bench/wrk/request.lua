-- The same request every time; wrk builds it once. Optional environment:
--   BENCH_METHOD       GET unless given
--   BENCH_BODY         a JSON body, which the original routes read even on GET (/bestposition, /table)
--   BENCH_BODY_FILE    a JSON body too large for the environment (the emulator's 500-write commit)
--   BENCH_AUTHORIZATION  an Authorization header (the emulator takes "Bearer owner")
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local body = os.getenv("BENCH_BODY")
local body_file = os.getenv("BENCH_BODY_FILE")
if body_file ~= nil and body_file ~= "" then
  local file = assert(io.open(body_file, "rb"))
  body = file:read("*a")
  file:close()
end

if body ~= nil and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

wrk.method = os.getenv("BENCH_METHOD") or "GET"

local authorization = os.getenv("BENCH_AUTHORIZATION")
if authorization ~= nil and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end

done = report
