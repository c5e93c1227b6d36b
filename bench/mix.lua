-- wrk script: each request takes the next line of a mix file ("<accept> <path>"):
-- SPARQL queries and entity dereferences. wrk itself counts non-2xx answers.
local paths = {}
local accepts = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    local accept, path = line:match("^(%S+)%s+(%S+)$")
    if path then
      paths[#paths + 1] = path
      accepts[#accepts + 1] = accept
    end
  end
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept"] = accepts[i] })
end
