package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import cn.cmcc.ah.gca.sla.command.SlaStep;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.support.test.TestTokens.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA reports over a running sla-monitor: clocks started and stopped through its commands, breaches and warnings
 * found by its own deadline ticker, figures read back as JSON, CSV and xlsx, and the lists of overdue and at-risk
 * clocks; only the operator's departments may read them (Art. 5). Its context closes after it, so its consumers do
 * not go on taking the fault topic's records beside the next test's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,sla-monitor")
class SlaReportsTest {

    /** Each part of a rule id starts with a letter. */
    private static final String RUN = "r" + UUID.randomUUID().toString().substring(0, 6);
    /** A clock-time rule held by the monitoring centre, all of its clocks in March 2026. */
    private static final String ACCEPTANCE = "test.acceptance." + RUN;
    /** A rule with clocks still running: two overdue, one at risk. */
    private static final String RESTORATION = "test.restoration." + RUN;
    private static final HttpClient BYTES = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    private Http http;

    @BeforeAll
    void clocks() {
        http = Http.localhost(port);
        // met: 2 h of a 4 h limit; late: 6 h
        Instant march2 = Instant.parse("2026-03-02T01:00:00Z");
        start(ACCEPTANCE, "F-1", Department.MON, march2, march2.plus(4, ChronoUnit.HOURS));
        stop(ACCEPTANCE, "F-1", march2.plus(2, ChronoUnit.HOURS));
        Instant march3 = Instant.parse("2026-03-03T01:00:00Z");
        start(ACCEPTANCE, "F-2", Department.MON, march3, march3.plus(4, ChronoUnit.HOURS));
        stop(ACCEPTANCE, "F-2", march3.plus(6, ChronoUnit.HOURS));
        // deadlines already passed: the ticker breaches them
        Instant now = Instant.now();
        start(RESTORATION, "F-3", Department.CSSC, now.minus(3, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
        start(RESTORATION, "F-4", Department.CSSC, now.minus(3, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        // past the warning threshold, deadline ahead: the ticker warns it
        start(RESTORATION, "F-5", Department.CSSC, now.minus(1, ChronoUnit.HOURS), now.minus(1, ChronoUnit.MINUTES),
                now.plus(10, ChronoUnit.DAYS));
        Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response overdue = get("/api/sla/overdue?rule=" + RESTORATION, Department.PND);
            Http.Response atRisk = get("/api/sla/at-risk?rule=" + RESTORATION, Department.PND);
            assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
            assertThat(overdue.json().path("items")).as(overdue.body()).hasSize(2);
            assertThat(atRisk.json().path("items")).as(atRisk.body()).hasSize(1);
            return true;
        });
    }

    @Test
    void answersComplianceByMonthRuleAndDepartmentAsJson() {
        Http.Response response = get("/api/sla/compliance?from=2026-03&to=2026-03&rule=" + ACCEPTANCE,
                Department.PND);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("from").asText()).isEqualTo("2026-03");
        assertThat(report.path("rows")).hasSize(1);
        JsonNode row = report.path("rows").get(0);
        assertThat(row.path("month").asText()).isEqualTo("2026-03");
        assertThat(row.path("department").asText()).isEqualTo("MON");
        assertThat(row.path("departmentName").asText()).isEqualTo("监控中心");
        assertThat(row.path("met").asLong()).isEqualTo(1);
        assertThat(row.path("late").asLong()).isEqualTo(1);
        assertThat(row.path("open").asLong()).isZero();
        assertThat(row.path("compliancePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(row.path("usedUnit").asText()).isEqualTo("HOURS");
        assertThat(row.path("averageUsed").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(row.path("p90Used").decimalValue()).isEqualByComparingTo("6.00");

        for (String accept : List.of("*/*", "application/json")) {
            HttpResponse<byte[]> negotiated = bytes("/api/sla/compliance?from=2026-03&to=2026-03&rule=" + ACCEPTANCE,
                    accept);
            assertThat(negotiated.headers().firstValue("Content-Type").orElseThrow()).as(accept)
                    .startsWith("application/json");
        }
    }

    @Test
    void countsRunningClocksOverdueOrOpenInTheMonthOfTheirDeadline() {
        JsonNode rows = get("/api/sla/compliance?rule=" + RESTORATION + "&department=CSSC"
                + "&from=2026-01&to=2027-12", Department.CSSC).json().path("rows");

        long overdue = 0;
        long late = 0;
        long open = 0;
        for (JsonNode row : rows) {
            overdue += row.path("overdue").asLong();
            late += row.path("late").asLong();
            open += row.path("open").asLong();
            assertThat(row.path("compliancePercent").isNull() || row.path("compliancePercent").asDouble() == 0)
                    .isTrue();
        }
        assertThat(overdue).isEqualTo(2);
        assertThat(late).isEqualTo(2);
        assertThat(open).isEqualTo(1);
    }

    @Test
    void listsOverdueClocksOfADepartmentAndRuleEarliestDeadlineFirstAPageAtATime() {
        JsonNode first = get("/api/sla/overdue?department=CSSC&rule=" + RESTORATION + "&limit=1", Department.CSSC)
                .json();
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("items").get(0).path("subjectId").asText()).isEqualTo("F-3");
        assertThat(first.path("items").get(0).path("breachedAt").isMissingNode()
                || first.path("items").get(0).path("breachedAt").isNull()).isFalse();

        JsonNode second = get("/api/sla/overdue?department=CSSC&rule=" + RESTORATION + "&limit=1&cursor="
                + first.path("next").asText(), Department.CSSC).json();
        assertThat(second.path("items").get(0).path("subjectId").asText()).isEqualTo("F-4");
        assertThat(second.has("next")).isFalse();

        assertThat(get("/api/sla/overdue?department=MON&rule=" + RESTORATION, Department.CSSC).json()
                .path("items")).isEmpty();
    }

    @Test
    void listsAtRiskClocksWarnedButNotBreached() {
        JsonNode items = get("/api/sla/at-risk?department=CSSC&rule=" + RESTORATION, Department.OMT).json()
                .path("items");

        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("subjectId").asText()).isEqualTo("F-5");
        assertThat(items.get(0).path("responsibleDepartment").asText()).isEqualTo("CSSC");
    }

    @Test
    void downloadsTheReportAsCsvInUtf8WithABomChineseHeadersAndCrlf() throws IOException {
        for (String path : List.of("/api/sla/compliance.csv?from=2026-03&to=2026-03&rule=" + ACCEPTANCE,
                "/api/sla/compliance?from=2026-03&to=2026-03&rule=" + ACCEPTANCE)) {
            HttpResponse<byte[]> response = bytes(path, "text/csv");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; filename=\"sla-compliance_2026-03_2026-03.csv\"")
                    .endsWith("; filename*=UTF-8''SLA%E8%BE%BE%E6%A0%87%E6%83%85%E5%86%B5_2026-03_2026-03.csv");
            byte[] body = response.body();
            assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            assertThat(text).startsWith("月份,规则,责任部门,按时完成,超时,").contains("\r\n").doesNotContain("\n\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");

            List<List<String>> lines = parseCsv(text);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).hasSize(12).contains("达标率(%)", "P90用时");
            assertThat(lines.get(1)).containsExactly("2026-03", ACCEPTANCE, "监控中心", "1", "1", "0", "0", "0",
                    "50.0", "小时", "4.00", "6.00");
        }
    }

    @Test
    void downloadsTheReportAsAnXlsxSheetWithChineseHeadersNumbersAndAFrozenHeaderRow() throws IOException {
        for (String path : List.of("/api/sla/compliance.xlsx?from=2026-03&to=2026-03&rule=" + ACCEPTANCE,
                "/api/sla/compliance?from=2026-03&to=2026-03&rule=" + ACCEPTANCE)) {
            HttpResponse<byte[]> response = bytes(path, SlaReportController.XLSX);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; filename=\"sla-compliance_2026-03_2026-03.xlsx\"")
                    .endsWith("; filename*=UTF-8''SLA%E8%BE%BE%E6%A0%87%E6%83%85%E5%86%B5_2026-03_2026-03.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("月份");
                assertThat(header.getCell(2).getStringCellValue()).isEqualTo("责任部门");
                assertThat(header.getCell(8).getStringCellValue()).isEqualTo("达标率(%)");
                Row row = sheet.getRow(1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2026-03");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("监控中心");
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1.0);
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(50.0);
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo("小时");
                assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(6.0);
                assertThat(sheet.getLastRowNum()).isEqualTo(1);
            }
        }
    }

    /** The steps this class's role matrix tries; {@code SlaStepsTest} checks the classes together cover the table. */
    static final java.util.Set<SlaStep> STEPS = java.util.EnumSet.of(SlaStep.READ_REPORTS);

    @Test
    void letsTheOperatorsDepartmentsReadTheReportsButNotCustomers() {
        RoleMatrix<SlaStep> matrix = RoleMatrix.of(SlaStep.class);
        matrix.check(SlaStep.READ_REPORTS, 200, department -> http.get("/api/sla/overdue").auth(
                department == Department.CUSTOMER ? customer("5510001234") : bearer(department)).send());
        for (String path : List.of("/api/sla/at-risk", "/api/sla/compliance", "/api/sla/compliance.csv",
                "/api/sla/compliance.xlsx")) {
            Http.Response response = http.get(path).auth(customer("5510001234")).send();
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("article").asText()).isEqualTo("Art. 5");
        }
        matrix.assertChecked(STEPS.toArray(SlaStep[]::new));
    }

    @Test
    void refusesBadMonthsAndRangesWithProblemJsonNamingTheParameter() {
        assertBadParameter("/api/sla/compliance?from=2026-13", "from", "application/json");
        assertBadParameter("/api/sla/compliance?from=2026-1", "from", "application/json");
        assertBadParameter("/api/sla/compliance?to=202601", "to", "application/json");
        assertBadParameter("/api/sla/compliance?from=2026-05&to=2026-04", "from", "application/json");
        assertBadParameter("/api/sla/compliance?from=2023-01&to=2026-01", "to", "application/json");
        assertBadParameter("/api/sla/compliance?department=BOGUS", "department", "application/json");
        assertBadParameter("/api/sla/compliance.csv?from=2026-05&to=2026-04", "from", "text/csv");
        assertBadParameter("/api/sla/compliance?from=2026-05&to=2026-04", "from", "text/csv");
        assertBadParameter("/api/sla/compliance.xlsx?from=bogus", "from", SlaReportController.XLSX);
        assertBadParameter("/api/sla/overdue?department=BOGUS", "department", "application/json");
        assertBadParameter("/api/sla/at-risk?rule=" + "a".repeat(5_000), "rule", "application/json");
        assertBadParameter("/api/sla/compliance.csv?rule=Fault%20Acceptance", "rule", "text/csv");
        assertBadParameter("/api/clocks?ruleId=1;DROP", "ruleId", "application/json");
        assertBadParameter("/api/clocks?subjectId=" + "x".repeat(5_000), "subjectId", "application/json");
        assertBadParameter("/api/clocks?subjectId=RC%202026", "subjectId", "application/json");
        assertBadParameter("/api/clocks?subjectId=RC-1&subjectId=RC-2", "subjectId", "application/json");

        Http.Response unknown = http.get("/api/sla/compliance?month=2026-01").auth(bearer(Department.PND)).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(get("/api/sla/compliance?from=2023-02&to=2026-01", Department.PND).status()).isEqualTo(200);
    }

    private void assertBadParameter(String path, String parameter, String accept) {
        Http.Response response = http.get(path).auth(bearer(Department.PND)).header("Accept", accept).send();
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asText()).as(path).isEqualTo(parameter);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private void start(String ruleId, String subject, Department department, Instant startedAt, Instant deadline) {
        start(ruleId, subject, department, startedAt,
                startedAt.plusMillis(Duration.between(startedAt, deadline).toMillis() * 4 / 5), deadline);
    }

    private void start(String ruleId, String subject, Department department, Instant startedAt, Instant warnAt,
                       Instant deadline) {
        Duration limit = Duration.between(startedAt, deadline);
        BigDecimal fraction = BigDecimal.valueOf(Duration.between(startedAt, warnAt).toMillis())
                .divide(BigDecimal.valueOf(limit.toMillis()), 6, java.math.RoundingMode.HALF_UP);
        commands.sendAndWait(new StartClock(ruleId + ":" + subject, ruleId, 1, "Art. 24", subject, "5510001234",
                ServiceLevel.AA, department, Department.PND, LimitSpec.clockTime(limit), fraction, startedAt));
    }

    private void stop(String ruleId, String subject, Instant at) {
        commands.sendAndWait(new StopClock(ruleId + ":" + subject, at));
    }

    private Http.Response get(String path, Department department) {
        return http.get(path).auth(bearer(department)).send();
    }

    private HttpResponse<byte[]> bytes(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", bearer(Department.PND)).header("Accept", accept).GET().build();
        try {
            return BYTES.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> parseCsv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        }
        return lines;
    }
}
