package cn.cmcc.ah.gca.sla.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalTime;

/**
 * {@code gca.sla.calendar}: how working time is counted.
 *
 * @param closeOfBusiness the time a working day's working time ends (民法典第203条: 有业务时间的，停止业务活动的时间为截止时间),
 *                        e.g. {@code 17:30}; unset: 24:00
 * @param refresh         how often, at most, an instance checks whether another one loaded a year (default 1 s)
 */
@ConfigurationProperties("gca.sla.calendar")
public record CalendarProperties(LocalTime closeOfBusiness, Duration refresh) {

    public CalendarProperties {
        if (refresh == null) {
            refresh = Duration.ofSeconds(1);
        }
        if (closeOfBusiness != null && closeOfBusiness.equals(LocalTime.MIDNIGHT)) {
            closeOfBusiness = null;
        }
    }

    /** A working day's working time in milliseconds: 24 h, or 00:00 to the close of business. */
    long dayLengthMillis() {
        return closeOfBusiness == null ? 86_400_000L : closeOfBusiness.toSecondOfDay() * 1000L
                + closeOfBusiness.getNano() / 1_000_000L;
    }

    /** {@code 24:00} or the close of business as {@code HH:mm}. */
    String closeOfBusinessText() {
        return closeOfBusiness == null ? "24:00" : closeOfBusiness.toString();
    }
}
