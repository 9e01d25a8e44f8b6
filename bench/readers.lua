-- wrk script for bench/run.py.
--
-- BENCH_READERS chooses who sends the requests:
-- - "new:<run>": every request comes from a new reader, with its own
--   browser-like User-Agent ending "new-<run>-<thread>-<n>" (not "reader",
--   which the site's list of bots names), and no cookie, so the site counts
--   each one as a new client;
-- - "returning:<run>": each wrk thread is one returning reader, with the
--   same User-Agent on every request and the cookies a browser keeps after
--   its first visit (the visitor cookie), so the site counts its first
--   request only;
-- - unset or empty: wrk's fixed request is sent.
--
-- It counts the requests sent (those still in flight when wrk stops are sent
-- but never answered) and every response that is not 2xx, and done() prints
-- one line, "BENCH_RESULT {json}", that run.py parses.

local mode, run = (os.getenv("BENCH_READERS") or ""):match("^(%a+):(%w+)$")
local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   sent = 0
   answered = 0
   non2xx = 0
   if mode == "returning" then
      local name = string.format("r%st%d", run, id)
      wrk.headers["User-Agent"] = string.format(
         "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0 (bench) returning-%s", name)
      -- A visitor token of its own (16 to 64 letters, digits, - and _).
      wrk.headers["Cookie"] = string.format("visitor=returning-%s", name)
   end
   fixed = wrk.format()
end

function request()
   sent = sent + 1
   if mode ~= "new" then
      return fixed
   end
   wrk.headers["User-Agent"] = string.format(
      "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0 (bench) new-%s-%d-%d", run, id, sent)
   return wrk.format()
end

function response(status, headers, body)
   answered = answered + 1
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

-- The threads that got an answer: each is a returning reader the site has seen.
local function readers()
   local count = 0
   for _, thread in ipairs(threads) do
      if thread:get("answered") > 0 then
         count = count + 1
      end
   end
   return count
end

local function total(name)
   local sum = 0
   for _, thread in ipairs(threads) do
      sum = sum + thread:get(name)
   end
   return sum
end

function done(summary, latency, requests)
   local errors = summary.errors
   -- Before the run, wrk calls request() once on the first thread to check the
   -- request (script_verify_request); that call sends nothing.
   local sent = total("sent") - 1
   io.write(string.format(
      'BENCH_RESULT {"requests": %d, "sent": %d, "duration_us": %d, "non2xx": %d, "connect": %d, "read": %d, '
         .. '"write": %d, "timeout": %d, "status": %d, "p50_ms": %.3f, "p99_ms": %.3f, "readers": %d}\n',
      summary.requests, sent, summary.duration, total("non2xx"), errors.connect, errors.read,
      errors.write, errors.timeout, errors.status,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, readers()))
end
