-- wrk script of bench/booking-surge.sh: a fixed number of requests, then the threads stop.
--
-- env: SURGE_MODE     lock (POST /api/v1/bookings) or get (GET SURGE_PATH, same tokens)
--      SURGE_TOKENS   file of "<token> <patientId>" lines
--      SURGE_SLOTS    comma-separated slot ids (lock mode)
--      SURGE_REQUESTS responses to collect in all (split evenly over the threads)
--      SURGE_THREADS  the -t given to wrk
--      SURGE_TAG      prefix of the Idempotency-Key (unique per run)
-- Residents are interleaved over threads and cycle: request n of thread t is resident
-- (t - 1 + (n - 1) * threads) mod residents; the slot is random. Prints key=value lines.

local threads = {}
local next_id = 1

function setup(thread)
    thread:set("tid", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

function init(args)
    tokens, patients, slots = {}, {}, {}
    for line in io.lines(os.getenv("SURGE_TOKENS")) do
        local t, p = line:match("^(%S+) (%S+)$")
        if t then
            tokens[#tokens + 1] = t
            patients[#patients + 1] = p
        end
    end
    for s in string.gmatch(os.getenv("SURGE_SLOTS") or "", "[^,]+") do
        slots[#slots + 1] = s
    end
    mode = os.getenv("SURGE_MODE") or "lock"
    path = os.getenv("SURGE_PATH") or "/q/health/live"
    tag = os.getenv("SURGE_TAG") or "surge"
    nthreads = tonumber(os.getenv("SURGE_THREADS"))
    quota = math.floor(tonumber(os.getenv("SURGE_REQUESTS")) / nthreads)
    sent, received = 0, 0
    codes = {}
    math.randomseed(tid * 7919 + os.time())
end

function request()
    sent = sent + 1
    local i = ((tid - 1) + (sent - 1) * nthreads) % #tokens + 1
    if mode == "get" then
        return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[i] }, nil)
    end
    local body = '{"slotId":"' .. slots[math.random(#slots)] .. '","patientId":"' .. patients[i] .. '"}'
    return wrk.format("POST", "/api/v1/bookings", {
        ["Authorization"] = "Bearer " .. tokens[i],
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = string.format("%s-%d-%d", tag, tid, sent),
    }, body)
end

function response(status, headers, body)
    received = received + 1
    local key = tostring(status)
    if status >= 400 and body then
        local code = body:match('"code"%s*:%s*"([%w_]+)"')
        if code then key = key .. "_" .. code end
    end
    codes[key] = (codes[key] or 0) + 1
    if received >= quota then
        wrk.thread:stop()
    end
end

function done(summary, latency, requests)
    local total_sent, total_codes = 0, {}
    for _, thread in ipairs(threads) do
        total_sent = total_sent + (thread:get("sent") or 0)
        local c = thread:get("codes") or {}
        for k, v in pairs(c) do
            total_codes[k] = (total_codes[k] or 0) + v
        end
    end
    local seconds = summary.duration / 1e6
    io.write(string.format("wrk.completed=%d\n", summary.requests))
    io.write(string.format("wrk.sent=%d\n", total_sent))
    io.write(string.format("wrk.duration_s=%.3f\n", seconds))
    io.write(string.format("wrk.rps=%.1f\n", summary.requests / seconds))
    io.write(string.format("wrk.p50_ms=%.2f\n", latency:percentile(50) / 1000))
    io.write(string.format("wrk.p90_ms=%.2f\n", latency:percentile(90) / 1000))
    io.write(string.format("wrk.p99_ms=%.2f\n", latency:percentile(99) / 1000))
    io.write(string.format("wrk.max_ms=%.2f\n", latency.max / 1000))
    io.write(string.format("wrk.socket_errors=%d\n", summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout))
    local keys = {}
    for k in pairs(total_codes) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do
        io.write(string.format("wrk.status.%s=%d\n", k, total_codes[k]))
    end
end
