package cn.cmcc.ah.gca.sla.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The working-day calendar ("Working days" in workflow-en.md): the State Council's holiday schedule of each loaded
 * year, Monday to Friday for a year with none (and then every result says it is provisional).
 * <p>
 * Periods follow the Civil Code: the day a period starts is not counted (民法典第201条), and the last day ends at 24:00,
 * or at the close of business where there is one (第203条, {@code gca.sla.calendar.close-of-business}). A working day's
 * working time runs from 00:00 to that close. All in Asia/Shanghai.
 * <p>
 * Called for every clock: the years are precomputed tables held in memory, and the stored calendar (one document that
 * every instance shares) is read only when its version changed, checked at most every
 * {@code gca.sla.calendar.refresh}, so a year loaded through one instance counts on all of them without a restart.
 * Metrics: {@code gca.sla.calendar.provisional} (deadlines computed on the fallback) and
 * {@code gca.sla.calendar.year.loaded{year}} (1/0 for the current and the next year).
 */
@Component
public class WorkingCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);
    /** Years with a cached table; outside, tables are built on each call (no plan reaches that far). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2299;
    private static final int SCALE = 4;

    private final CalendarStore store;
    private final Clock clock;
    private final long dayLengthMillis;
    private final BigDecimal dayLength;
    private final String closeOfBusiness;
    private final long refreshMillis;
    private final MeterRegistry registry;
    private final Counter provisional;
    private final YearTable[] fallbacks = new YearTable[LAST_YEAR - FIRST_YEAR + 1];
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
    private final Set<Integer> gaugedYears = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastCheck;
    private volatile Snapshot snapshot = new Snapshot(0, new YearTable[LAST_YEAR - FIRST_YEAR + 1]);

    public WorkingCalendar(CalendarStore store, CalendarProperties properties, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.clock = clock;
        this.dayLengthMillis = properties.dayLengthMillis();
        this.dayLength = BigDecimal.valueOf(dayLengthMillis);
        this.closeOfBusiness = properties.closeOfBusinessText();
        this.refreshMillis = properties.refresh().toMillis();
        this.registry = registry;
        this.provisional = Counter.builder("gca.sla.calendar.provisional")
                .description("Deadlines computed on the Monday-Friday fallback of a year with no holiday schedule")
                .register(registry);
        this.lastCheck = new AtomicLong(clock.millis());
        try {
            store.current().ifPresent(this::install);
        } catch (RuntimeException e) {
            log.warn("Working-day calendar not read at start-up ({}); retried within {} ms", e.toString(),
                    refreshMillis);
        }
        gaugeCurrentYears();
    }

    // ------------------------------------------------------------------------------------------------ the maths

    /**
     * The instant at which {@code workingDays} of working time have passed since {@code start}: the day of
     * {@code start} is not counted (Art. 201); a working day's working time runs from 00:00 to its close (24:00 or the
     * close of business, Art. 203). An integer N ends at the close of the N-th working day after the start day; a
     * fraction runs proportionally into its day (2.4 → 40 % into the third working day). 0 → {@code start}.
     */
    public CalendarInstant afterWorkingDays(Instant start, BigDecimal workingDays) {
        if (workingDays.signum() < 0) {
            throw new IllegalArgumentException("Negative working days: " + workingDays);
        }
        Snapshot current = current();
        if (workingDays.signum() == 0) {
            return new CalendarInstant(start, false, current.version);
        }
        BigDecimal ceiling = workingDays.setScale(0, RoundingMode.CEILING);
        long n = ceiling.longValueExact();
        BigDecimal fraction = workingDays.subtract(ceiling).add(BigDecimal.ONE);

        LocalDate startDate = LocalDate.ofInstant(start, ZONE);
        YearTable table = current.table(startDate.getYear(), this);
        int from = startDate.getDayOfYear();
        boolean fallback = false;
        long remaining = n;
        while (true) {
            if (from < table.length) {
                if (!table.scheduled) {
                    fallback = true;
                    warnOnce(table.year);
                }
                int available = table.workingFrom(from);
                if (remaining <= available) {
                    break;
                }
                remaining -= available;
            }
            table = current.table(table.year + 1, this);
            from = 0;
        }
        LocalDate day = table.firstDay.plusDays(table.nthWorkingDayFrom(from, (int) remaining));
        long intoDay = fraction.compareTo(BigDecimal.ONE) == 0 ? dayLengthMillis
                : fraction.multiply(dayLength).setScale(0, RoundingMode.HALF_UP).longValue();
        Instant at = day.atStartOfDay(ZONE).toInstant().plusMillis(intoDay);
        if (fallback) {
            provisional.increment();
        }
        return new CalendarInstant(at, fallback, current.version);
    }

    /**
     * Working time from {@code start} to {@code end} in working days, the start day not counted, scale 4: each working
     * day after the start day counts 1 once it is over, and the day of {@code end} its share up to the close. 0 when
     * {@code end} is not after {@code start}.
     */
    public BigDecimal workingDaysBetween(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        Snapshot current = current();
        LocalDate startDate = LocalDate.ofInstant(start, ZONE);
        LocalDate endDate = LocalDate.ofInstant(end, ZONE);
        if (!endDate.isAfter(startDate)) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        long full = 0;
        YearTable table = current.table(startDate.getYear(), this);
        int from = startDate.getDayOfYear();
        while (table.year < endDate.getYear()) {
            full += table.workingFrom(Math.min(from, table.length));
            table = current.table(table.year + 1, this);
            from = 0;
        }
        int endIndex = endDate.getDayOfYear() - 1;
        full += table.workingBetween(Math.min(from, endIndex), endIndex);
        BigDecimal result = BigDecimal.valueOf(full);
        if (table.working(endIndex)) {
            long intoDay = end.toEpochMilli() - endDate.atStartOfDay(ZONE).toInstant().toEpochMilli();
            long counted = Math.min(intoDay, dayLengthMillis);
            result = result.add(BigDecimal.valueOf(counted).divide(dayLength, SCALE, RoundingMode.HALF_UP));
        }
        return result.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public CalendarDay day(LocalDate date) {
        return current().table(date.getYear(), this).day(date.getDayOfYear() - 1);
    }

    /** Changes whenever a year is loaded or replaced: the calendar aggregate's sequence + 1; 0 before any load. */
    public long version() {
        return current().version;
    }

    public boolean hasYear(int year) {
        return current().table(year, this).scheduled;
    }

    /** {@code 24:00}, or the configured close of business ({@code 17:30}). */
    public String closeOfBusiness() {
        return closeOfBusiness;
    }

    /**
     * Reads the stored calendar now, after the projection caught up with every load stored before (read-your-writes,
     * for the REST reads and right after a load), and returns it.
     */
    public Optional<WorkingCalendarView> refresh() {
        Optional<WorkingCalendarView> stored = store.fresh();
        stored.ifPresent(this::install);
        lastCheck.set(clock.millis());
        return stored;
    }

    /**
     * Waits (bounded) until this instance counts with calendar {@code version} or a later one, reading the stored
     * calendar without the projection's fence: for a handler of {@code WorkingCalendarYearLoaded} that recomputes
     * deadlines and must not do so on the calendar before the load.
     *
     * @return whether the version was reached within {@code timeout}
     */
    public boolean awaitVersion(long version, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (snapshot.version < version) {
            try {
                store.current().ifPresent(this::install);
            } catch (RuntimeException e) {
                log.warn("Working-day calendar not read ({}); retrying", e.toString());
            }
            if (snapshot.version >= version) {
                break;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------ keeping current

    private Snapshot current() {
        long now = clock.millis();
        long last = lastCheck.get();
        if (now - last >= refreshMillis && lastCheck.compareAndSet(last, now)) {
            try {
                if (store.storedVersion() != snapshot.version) {
                    store.current().ifPresent(this::install);
                }
                gaugeCurrentYears();
            } catch (RuntimeException e) {
                log.warn("Working-day calendar not refreshed ({}); going on with version {}", e.toString(),
                        snapshot.version);
            }
        }
        return snapshot;
    }

    private synchronized void install(WorkingCalendarView view) {
        if (view.version == snapshot.version) {
            return;
        }
        YearTable[] tables = new YearTable[LAST_YEAR - FIRST_YEAR + 1];
        for (WorkingCalendarView.Year year : view.years) {
            if (year.year >= FIRST_YEAR && year.year <= LAST_YEAR) {
                tables[year.year - FIRST_YEAR] = YearTable.scheduled(year.year, year.holidays,
                        year.makeUpWorkingDays);
            }
        }
        snapshot = new Snapshot(view.version, tables);
        log.info("Working-day calendar version {}: years {}", view.version,
                view.years.stream().map(y -> y.year).sorted().toList());
    }

    private YearTable fallback(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return YearTable.fallback(year);
        }
        YearTable table = fallbacks[year - FIRST_YEAR];
        if (table == null) {
            // a benign race: the table is immutable and any copy is equal
            table = YearTable.fallback(year);
            fallbacks[year - FIRST_YEAR] = table;
        }
        return table;
    }

    private void warnOnce(int year) {
        if (warnedYears.add(year)) {
            log.warn("No holiday schedule loaded for {}: counting Monday to Friday as working days; deadlines in {} "
                    + "are provisional until PND loads the State Council's notice (PUT /api/calendar/{})", year, year,
                    year);
        }
    }

    private void gaugeCurrentYears() {
        int year = LocalDate.ofInstant(clock.instant(), ZONE).getYear();
        for (int y : new int[]{year, year + 1}) {
            if (gaugedYears.add(y)) {
                Gauge.builder("gca.sla.calendar.year.loaded", this,
                                calendar -> calendar.snapshot.table(y, calendar).scheduled ? 1 : 0)
                        .description("1 when the holiday schedule of the year is loaded, 0 on the Monday-Friday "
                                + "fallback")
                        .tag("year", Integer.toString(y))
                        .register(registry);
            }
        }
    }

    /** The loaded years of one calendar version. */
    private record Snapshot(long version, YearTable[] loaded) {

        YearTable table(int year, WorkingCalendar calendar) {
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                YearTable table = loaded[year - FIRST_YEAR];
                if (table != null) {
                    return table;
                }
            }
            return calendar.fallback(year);
        }
    }
}
