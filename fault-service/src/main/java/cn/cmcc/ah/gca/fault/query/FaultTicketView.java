package cn.cmcc.ah.gca.fault.query;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** Read model of a fault ticket, as the REST API shows it. */
public record FaultTicketView(
        @BsonId String ticketId,
        String circuitId,
        String customerGroupId,
        String customerName,
        String serviceLevel,
        String channel,
        String symptom,
        String contact,
        String status,
        String acceptingDepartment,
        String reportedBy,
        String reportedByDepartment,
        Instant reportedAt,
        String acceptedBy,
        Instant acceptedAt) {
}
