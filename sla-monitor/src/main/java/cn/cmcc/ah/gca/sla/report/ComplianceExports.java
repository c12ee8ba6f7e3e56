package cn.cmcc.ah.gca.sla.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compliance report as files for Excel: CSV in UTF-8 with a byte-order mark (without it Excel on Chinese Windows
 * reads the file as GBK and shows mojibake) and CRLF line ends, and an xlsx sheet written by a streaming writer.
 * Column headers and department names in Chinese; counts and figures as numbers.
 */
public final class ComplianceExports {

    static final List<String> HEADERS = List.of("月份", "规则", "责任部门", "按时完成", "超时", "其中超时未完成",
            "进行中", "已取消", "达标率(%)", "用时单位", "平均用时", "P90用时");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ComplianceExports() {
    }

    public static byte[] csv(List<ComplianceRow> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        HEADERS.forEach(schema::addColumn);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             SequenceWriter lines = CSV.writer(schema.build()).writeValues(writer)) {
            for (ComplianceRow row : rows) {
                lines.write(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(List<ComplianceRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "gca-sla-monitor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("SLA达标情况");
            for (int column = 0; column < HEADERS.size(); column++) {
                sheet.value(0, column, HEADERS.get(column));
                sheet.width(column, column == 1 ? 24 : 12);
            }
            sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int line = 1;
            for (ComplianceRow row : rows) {
                List<Object> cells = cells(row);
                for (int column = 0; column < cells.size(); column++) {
                    Object cell = cells.get(column);
                    if (cell instanceof Number number) {
                        sheet.value(line, column, number);
                    } else if (cell != null) {
                        sheet.value(line, column, cell.toString());
                    }
                }
                line++;
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Object> cells(ComplianceRow row) {
        return new ArrayList<>(Arrays.asList(row.month().toString(), row.ruleId(), row.department().chineseName(),
                row.met(), row.late(), row.overdue(), row.open(), row.cancelled(), row.compliancePercent(),
                row.usedUnit() == null ? null : row.usedUnit().label(), row.averageUsed(), row.p90Used()));
    }
}
