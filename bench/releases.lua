-- wrk script: the mix of bench/mix.lua ("<accept> <path>" lines, taken in turn),
-- counting which release answered each response (its X-Release header):
--   wrk ... -s bench/releases.lua URL -- MIXFILE OLD_RELEASE [NEW_RELEASE]
-- A response without the header, or naming another release, is counted apart;
-- wrk itself counts non-2xx answers and socket errors.
-- The mix itself: init() reads the mix file, request() takes its lines in turn.
dofile((debug.getinfo(1, "S").source:sub(2):gsub("releases%.lua$", "mix.lua")))
local mix_init = init
local old_id, new_id
n_old, n_new, n_other, n_none = 0, 0, 0, 0
-- Status codes of the responses without a release header (the balancer's own errors), as "code=count ".
none_codes = ""
local codes = {}
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  mix_init(args)
  old_id, new_id = args[2], args[3] or ""
end

function response(status, headers, body)
  local r = headers["x-release"] or headers["X-Release"]
  if r == nil then
    n_none = n_none + 1
    codes[status] = (codes[status] or 0) + 1
    none_codes = ""
    for c, k in pairs(codes) do
      none_codes = none_codes .. c .. "=" .. k .. " "
    end
  elseif r == old_id then
    n_old = n_old + 1
  elseif r == new_id then
    n_new = n_new + 1
  else
    n_other = n_other + 1
  end
end

function done(summary, latency, requests)
  local o, n, x, z, c = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    o, n, x, z = o + t:get("n_old"), n + t:get("n_new"), x + t:get("n_other"), z + t:get("n_none")
    c = c .. t:get("none_codes")
  end
  io.write(string.format("releases: old %d, new %d, other %d, without header %d %s\n", o, n, x, z,
    z > 0 and "(statuses per thread: " .. c .. ")" or ""))
end
