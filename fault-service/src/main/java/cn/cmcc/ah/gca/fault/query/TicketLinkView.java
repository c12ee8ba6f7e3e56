package cn.cmcc.ah.gca.fault.query;

import java.time.Instant;

/**
 * A later report linked to an earlier ticket still open on the same circuit: kept apart from the earlier ticket's view,
 * whose sequence is its own aggregate's and cannot order another ticket's event, and listed under the earlier one.
 */
public class TicketLinkView {

    public String earlierTicketId;
    public String laterTicketId;
    public Instant reportedAt;
}
