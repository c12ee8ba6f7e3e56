package cn.cmcc.ah.gca.sla.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The years shipped with sla-monitor, {@code calendar/<year>.json} in the project's own format (docs/calendar.md),
 * typed from the State Council's notices and checked by the same rules as a year loaded through the API.
 */
public final class ShippedCalendars {

    /** The shipped years; a year added here needs its {@code calendar/<year>.json}. */
    public static final List<Integer> YEARS = List.of(2024, 2025, 2026);

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ShippedCalendars() {
    }

    public static List<YearSchedule> all() {
        List<YearSchedule> years = new ArrayList<>();
        for (int year : YEARS) {
            years.add(year(year));
        }
        return years;
    }

    public static YearSchedule year(int year) {
        String resource = "calendar/" + year + ".json";
        try (InputStream in = ShippedCalendars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing shipped calendar " + resource);
            }
            return CalendarYears.validate(year, JSON.readValue(in, CalendarYearInput.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable shipped calendar " + resource, e);
        }
    }
}
