package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC allocated the registered last-mile resources to the access point (Art. 20: 再进行资源的分配); activation can
 * follow.
 *
 * @param formId      the form 2
 * @param pointId     the access point
 * @param allocation  the allocated resources (e.g. OLT port, fibre pair)
 * @param allocatedAt when
 */
@Revision("1")
public record LastMileAllocated(String formId, String pointId, String allocation, Instant allocatedAt) {
}
