package cn.cmcc.ah.gca.sla.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A year of the working-day calendar as PND sends it (docs/calendar.md), in one of two formats:
 * <ul>
 * <li><b>GCA</b>, the project's own: {@code year}, {@code notice} and {@code holidays}, each holiday a period of days
 * off ({@code from}–{@code to}) with the make-up working days (调休上班) that belong to it, as the notice states them;</li>
 * <li><b>HOLIDAY_CN</b>, holiday-cn's per-year file as published: {@code year}, {@code papers} (the notice's address)
 * and {@code days} ({@code name}, {@code date}, {@code isOffDay}; a make-up working day has {@code isOffDay: false}),
 * with {@code $schema} and {@code $id} as the file has them; {@code notice} may be added.</li>
 * </ul>
 */
public record CalendarYearInput(
        @JsonProperty("$schema") @Size(max = 300) String schema,
        @JsonProperty("$id") @Size(max = 300) String id,
        @NotNull Integer year,
        @Valid Notice notice,
        @Size(max = 40) List<@NotNull @Valid Holiday> holidays,
        @Size(max = 10) List<@NotNull @Size(max = 300) String> papers,
        @Size(max = 366) List<@NotNull @Valid Day> days) {

    /**
     * The State Council notice.
     *
     * @param title       e.g. 国务院办公厅关于2026年部分节假日安排的通知
     * @param number      e.g. 国办发明电〔2025〕7号
     * @param publishedOn the notice's date
     * @param url         where it is published
     */
    public record Notice(@Size(max = 200) String title, @Size(max = 60) String number, LocalDate publishedOn,
                         @Size(max = 300) String url) {
    }

    /**
     * A holiday period of the notice (GCA format).
     *
     * @param name              e.g. 春节
     * @param from              the first day off
     * @param to                the last day off (a weekend day inside the period is fine)
     * @param makeUpWorkingDays the Saturdays or Sundays that are working days for this holiday (调休上班)
     */
    public record Holiday(@Size(max = 100) String name, LocalDate from, LocalDate to,
                          @Size(max = 10) List<@NotNull LocalDate> makeUpWorkingDays) {
    }

    /** A day of a holiday-cn file: a day off ({@code isOffDay: true}) or a make-up working day ({@code false}). */
    public record Day(@Size(max = 100) String name, LocalDate date,
                      @JsonProperty("isOffDay") Boolean isOffDay) {
    }
}
