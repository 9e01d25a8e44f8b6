-- wrk script for bench/run.py.
--
-- With BENCH_READER_RUN set, every request comes from a new reader: its own
-- browser-like User-Agent, "reader-<run>-<thread>-<n>", and no cookie, so the
-- site counts each one as a new client. Without it, wrk's fixed request is sent.
--
-- It counts the requests sent (those still in flight when wrk stops are sent
-- but never answered) and every response that is not 2xx, and done() prints
-- one line, "BENCH_RESULT {json}", that run.py parses.

local run = os.getenv("BENCH_READER_RUN")
local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   sent = 0
   non2xx = 0
   fixed = wrk.format()
end

function request()
   sent = sent + 1
   if not run or run == "" then
      return fixed
   end
   wrk.headers["User-Agent"] = string.format(
      "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0 (bench) reader-%s-%d-%d", run, id, sent)
   return wrk.format()
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
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
         .. '"write": %d, "timeout": %d, "status": %d, "p50_ms": %.3f, "p99_ms": %.3f}\n',
      summary.requests, sent, summary.duration, total("non2xx"), errors.connect, errors.read,
      errors.write, errors.timeout, errors.status,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
