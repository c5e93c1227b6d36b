-- wrk script: the cache-miss workload. Each request picks a random entity (or word)
-- from a list file, so that no answer cache helps:
--   wrk ... -s bench/cachemiss.lua URL -- KIND LISTFILE [PREFIX]
-- KIND lookup: GET PREFIX/sparql?query=SELECT ?p ?o WHERE { <IRI> ?p ?o } (PREFIX: the
--              query path of the server, e.g. /sparql or /ds/query);
--      deref:  GET the entity's Turtle document (<path>.ttl);
--      text:   GET /sparql?query=... text:query for the word;
--      describe: GET PREFIX?query=DESCRIBE <IRI> as Turtle (Virtuoso's nearest to a dereference);
--      construct: GET PREFIX?query= bench/document.rq for the IRI, as Turtle: the triples of our
--              dereference, asked of another store (bench/construct-check.sh shows they are the same);
--      vtext:  GET PREFIX?query=... bif:contains for the word (Virtuoso's free-text index);
--      claims: GET PREFIX?query=... who claimed what, where: the claims of a random claimant with each
--              claim's quote and article (the mix's join; LISTFILE holds claimant IRIs).
local items = {}
local kind, prefix, document

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  kind, prefix = args[1], args[3] or "/sparql"
  for line in io.lines(args[2]) do
    if #line > 0 then items[#items + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  if kind == "construct" then
    -- Without its comment lines, which only make the URL longer.
    local lines = {}
    for line in io.lines("bench/document.rq") do
      if not line:match("^%s*#") then lines[#lines + 1] = line end
    end
    document = table.concat(lines, "\n")
  end
end

function request()
  local it = items[math.random(#items)]
  if kind == "lookup" then
    return wrk.format("GET", prefix .. "?query=" .. enc("SELECT ?p ?o WHERE { <" .. it .. "> ?p ?o }"),
      { ["Accept"] = "application/sparql-results+json" })
  elseif kind == "deref" then
    return wrk.format("GET", it:gsub("^https?://[^/]+", "") .. ".ttl", { ["Accept"] = "text/turtle" })
  elseif kind == "describe" then
    return wrk.format("GET", prefix .. "?query=" .. enc("DESCRIBE <" .. it .. ">"), { ["Accept"] = "text/turtle" })
  elseif kind == "construct" then
    local base = it:match("^(https?://[^/]+)")
    local q = document:gsub("<ENTITY>", function() return "<" .. it .. ">" end)
                      :gsub("<BASE>", function() return "<" .. base .. "/" end)
    return wrk.format("GET", prefix .. "?query=" .. enc(q), { ["Accept"] = "text/turtle" })
  elseif kind == "claims" then
    local base = it:match("^(https?://[^/]+)")
    return wrk.format("GET", prefix .. "?query=" .. enc("PREFIX cai: <" .. base .. "/ontology#> "
      .. "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?c ?q ?f WHERE { ?c cai:claimant <" .. it .. "> ; "
      .. "cai:statedIn ?x . ?x oa:hasSource/cai:seedFile ?f ; oa:hasSelector/oa:exact ?q }"),
      { ["Accept"] = "application/sparql-results+json" })
  elseif kind == "vtext" then
    return wrk.format("GET", prefix .. "?query=" .. enc("SELECT ?s ?lit WHERE { ?s ?p ?lit . ?lit bif:contains \"'"
      .. it .. "'\" } LIMIT 20"), { ["Accept"] = "application/sparql-results+json" })
  else
    return wrk.format("GET", prefix .. "?query=" .. enc("PREFIX text: <http://jena.apache.org/text#> "
      .. "SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query ('" .. it .. "' 20) }"),
      { ["Accept"] = "application/sparql-results+json" })
  end
end
