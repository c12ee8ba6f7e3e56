-- wrk script: sustained form-1 dispatches against presale-service (local run): each request creates a
-- ConfirmationForm aggregate (Art. 8), its event goes to the store, the read model and Kafka.
-- Usage (see docs/event-store-benchmark.md, "Service under -Xmx256m"):
--   ADMIN=$(curl -s -X POST 'http://localhost:8081/local/tokens?department=ADMIN&user=load' | sed 's/.*"token":"\([^"]*\)".*/\1/')
--   curl -s -X POST http://localhost:8081/api/products -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
--     -d '{"productCode":"DIA","name":"互联网专线","mature":true}'
--   TOKEN=$(curl -s -X POST 'http://localhost:8081/local/tokens?department=GCD&user=load' | sed 's/.*"token":"\([^"]*\)".*/\1/')
--   TOKEN=$TOKEN REQUESTED=$(date -d '+30 days' +%F) wrk -t2 -c8 -d180s -s docs/load/dispatch-forms.lua http://localhost:8081
local token = os.getenv("TOKEN")
local requested = os.getenv("REQUESTED")
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"customer":{"groupId":"55100%05d","name":"压测客户","serviceLevel":"A"},"productCode":"DIA",' ..
    '"bandwidthMbps":100,"requestedDate":"%s","accountManager":"load 13900000000","contact":"load 13800000000",' ..
    '"accessPoints":[{"address":"合肥市蜀山区长江西路%d号","district":"蜀山区"},' ..
    '{"address":"合肥市包河区徽州大道%d号","district":"包河区"}]}', counter % 1000, requested, counter, counter)
  return wrk.format("POST", "/api/forms", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"
  }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d non-2xx %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
