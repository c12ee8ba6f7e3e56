-- wrk script: sustained fault reports against fault-service (local run).
-- Usage (see docs/event-store-benchmark.md, "Service under -Xmx256m"):
--   TOKEN=$(curl -s -X POST 'http://localhost:8083/local/tokens?department=CALL_CENTER&user=load' | sed 's/.*"token":"\([^"]*\)".*/\1/')
--   TOKEN=$TOKEN wrk -t2 -c8 -d120s -s docs/load/report-faults.lua http://localhost:8083
local token = os.getenv("TOKEN")
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"circuitId":"AH-HF-LOAD-%06d","customer":{"groupId":"55100%05d","name":"压测客户","serviceLevel":"A"},' ..
    '"symptom":"load test","contact":"load 13800000000"}', counter, counter % 1000)
  return wrk.format("POST", "/api/faults", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"
  }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
