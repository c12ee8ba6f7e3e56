package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.report.ComplianceExports;
import cn.cmcc.ah.gca.sla.report.ComplianceReport;
import cn.cmcc.ah.gca.sla.report.ComplianceRow;
import cn.cmcc.ah.gca.sla.report.OpenClock;
import cn.cmcc.ah.gca.sla.report.OpenClockQueries;
import cn.cmcc.ah.gca.sla.report.UsedUnit;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.sla.command.SlaStep.READ_REPORTS;

/**
 * SLA reports for the operator's departments (Art. 5): overdue and at-risk clocks, and compliance by month, rule and
 * department as JSON, CSV or xlsx.
 */
@RestController
@RequestMapping("/api/sla")
class SlaReportController {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final OpenClockQueries openClocks;
    private final ComplianceReport compliance;
    private final Clock clock;

    SlaReportController(OpenClockQueries openClocks, ComplianceReport compliance, Clock clock) {
        this.openClocks = openClocks;
        this.compliance = compliance;
        this.clock = clock;
    }

    @GetMapping("/overdue")
    @Endpoint(READ_REPORTS)
    @Operation(summary = "Overdue clocks: breached and still running, earliest deadline first",
            description = "Filter by the department holding the clock and by rule. Reads only the running clocks.")
    Page<OpenClockItem> overdue(@RequestParam Optional<Department> department, @RequestParam Optional<String> rule,
                                PageRequest page) {
        return openClocks.overdue(department, RuleParameter.checked("rule", rule), page).map(OpenClockItem::of);
    }

    @GetMapping("/at-risk")
    @Endpoint(READ_REPORTS)
    @Operation(summary = "At-risk clocks: past the warning threshold, not yet breached, earliest deadline first",
            description = "Filter by the department holding the clock and by rule. Reads only the running clocks.")
    Page<OpenClockItem> atRisk(@RequestParam Optional<Department> department, @RequestParam Optional<String> rule,
                               PageRequest page) {
        return openClocks.atRisk(department, RuleParameter.checked("rule", rule), page).map(OpenClockItem::of);
    }

    @GetMapping(value = "/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Endpoint(READ_REPORTS)
    @Operation(summary = "Compliance by month, rule and department",
            description = "Months yyyy-MM, Asia/Shanghai, of the clocks' deadlines as finally set; at most 36; by "
                    + "default the 12 months up to this one. met = stopped by the deadline; late = stopped after it "
                    + "or breached (overdue: breached and still running); open = running, not breached; compliance "
                    + "= met / (met + late). Used time of stopped clocks: working days for working-day rules, hours "
                    + "otherwise. Also as text/csv and xlsx (Accept, or /compliance.csv and /compliance.xlsx).")
    ComplianceResponse compliance(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
                                  @RequestParam Optional<String> rule, @RequestParam Optional<Department> department,
                                  @RequestParam Optional<ServiceLevel> serviceLevel) {
        Range range = range(from, to);
        List<ComplianceRow> rows = compliance.rows(range.from, range.to, RuleParameter.checked("rule", rule), department, serviceLevel);
        return new ComplianceResponse(range.from.toString(), range.to.toString(),
                rows.stream().map(ComplianceLine::of).toList());
    }

    /** {@code /compliance} with {@code Accept: text/csv}, or the file name. */
    @GetMapping(value = {"/compliance", "/compliance.csv"}, produces = CSV)
    @Endpoint(READ_REPORTS)
    @Operation(summary = "Compliance by month, rule and department, as CSV (UTF-8 with BOM, Chinese headers)")
    ResponseEntity<byte[]> complianceCsv(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
                                         @RequestParam Optional<String> rule,
                                         @RequestParam Optional<Department> department,
                                         @RequestParam Optional<ServiceLevel> serviceLevel) {
        Range range = range(from, to);
        byte[] csv = ComplianceExports.csv(compliance.rows(range.from, range.to, RuleParameter.checked("rule", rule), department, serviceLevel));
        return download(csv, MediaType.parseMediaType(CSV + ";charset=UTF-8"), range, "csv");
    }

    /** {@code /compliance} with the xlsx {@code Accept} type, or the file name. */
    @GetMapping(value = {"/compliance", "/compliance.xlsx"}, produces = XLSX)
    @Endpoint(READ_REPORTS)
    @Operation(summary = "Compliance by month, rule and department, as an xlsx sheet (Chinese headers)")
    ResponseEntity<byte[]> complianceXlsx(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
                                          @RequestParam Optional<String> rule,
                                          @RequestParam Optional<Department> department,
                                          @RequestParam Optional<ServiceLevel> serviceLevel) {
        Range range = range(from, to);
        byte[] xlsx = ComplianceExports.xlsx(compliance.rows(range.from, range.to, RuleParameter.checked("rule", rule), department, serviceLevel));
        return download(xlsx, MediaType.parseMediaType(XLSX), range, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, Range range, String extension) {
        // RFC 6266: an ASCII name for old clients, then the Chinese one (RFC 8187), which current browsers prefer
        String disposition = "attachment; filename=\"sla-compliance_" + range.from + "_" + range.to + "." + extension
                + "\"; filename*=UTF-8''" + percentEncoded("SLA达标情况_" + range.from + "_" + range.to + "."
                + extension);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .body(body);
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    /** The months asked for: by default the 12 months up to the current one (Asia/Shanghai). */
    private Range range(Optional<String> fromText, Optional<String> toText) {
        YearMonth to = toText.map(text -> month("to", text)).orElseGet(() -> YearMonth.now(clock.withZone(SHANGHAI)));
        YearMonth from = fromText.map(text -> month("from", text)).orElseGet(() -> to.minusMonths(11));
        if (from.isAfter(to)) {
            throw new BadParameterException("from", from.toString(), "error.field-month-order");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > ComplianceReport.MAX_MONTHS) {
            throw new BadParameterException("to", to.toString(), "error.field-month-span",
                    ComplianceReport.MAX_MONTHS);
        }
        return new Range(from, to);
    }

    private static YearMonth month(String name, String text) {
        try {
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the 400
        }
        throw new BadParameterException(name, text, "error.field-month");
    }

    private record Range(YearMonth from, YearMonth to) {
    }

    /** A running clock in the overdue or at-risk list. */
    record OpenClockItem(String clockId, String ruleId, String article, String subjectId, String customerGroupId,
                         ServiceLevel serviceLevel, Department responsibleDepartment,
                         Department escalationDepartment, String limit, Instant startedAt, Instant warnAt,
                         Instant deadline, boolean provisional, Instant warnedAt, Instant breachedAt) {

        static OpenClockItem of(OpenClock view) {
            return new OpenClockItem(view.clockId, view.ruleId, view.article, view.subjectId, view.customerGroupId,
                    view.serviceLevel, view.responsibleDepartment, view.escalationDepartment, view.limit,
                    view.startedAt, view.warnAt, view.deadline, view.provisional, view.warnedAt, view.breachedAt);
        }
    }

    /** The compliance report: the months it covers and a line per month, rule and department with clocks. */
    record ComplianceResponse(String from, String to, List<ComplianceLine> rows) {
    }

    /**
     * One line of the report.
     *
     * @param late    stopped after the deadline, or breached; {@code overdue} are those of them still running
     * @param usedUnit unit of {@code averageUsed} and {@code p90Used}
     */
    record ComplianceLine(String month, String ruleId, Department department, String departmentName, long met,
                          long late, long overdue, long open, long cancelled, BigDecimal compliancePercent,
                          UsedUnit usedUnit, BigDecimal averageUsed, BigDecimal p90Used) {

        static ComplianceLine of(ComplianceRow row) {
            return new ComplianceLine(row.month().toString(), row.ruleId(), row.department(),
                    row.department().chineseName(), row.met(), row.late(), row.overdue(), row.open(),
                    row.cancelled(), row.compliancePercent(), row.usedUnit(), row.averageUsed(), row.p90Used());
        }
    }
}
