package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.time.Instant;
import java.time.LocalDate;

/** The customer, product and clock every pre-sale test shares. */
final class PresaleTestData {

    static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);

    /** 2026-03-02 in Asia/Shanghai, the day all steps below happen unless a test says otherwise. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant DISPATCHED_AT = Instant.parse("2026-03-02T01:12:37Z");
    static final Instant RECEIVED_AT = Instant.parse("2026-03-02T01:30:00Z");
    static final Instant ASSESSED_AT = Instant.parse("2026-03-02T06:05:00Z");
    static final Instant ENG_REPLIED_AT = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant CONFIRMED_AT = Instant.parse("2026-03-04T07:45:00Z");
    static final Instant NEGOTIATED_AT = Instant.parse("2026-03-06T02:00:00Z");
    static final Instant WITHDRAWN_AT = Instant.parse("2026-03-02T05:00:00Z");

    private PresaleTestData() {
    }
}
