package cn.cmcc.ah.gca.sla.calendar;

import java.util.Optional;

/** Where {@link WorkingCalendar} reads the stored calendar that every instance shares. */
public interface CalendarStore {

    /** The stored calendar's version (0 when nothing is stored): one field of one document by {@code _id}. */
    long storedVersion();

    /** The stored calendar as it is now, without waiting for the projection. */
    Optional<WorkingCalendarView> current();

    /**
     * The stored calendar once the projection has taken every event stored before this call (read-your-writes: a
     * read right after a load sees it).
     */
    Optional<WorkingCalendarView> fresh();
}
