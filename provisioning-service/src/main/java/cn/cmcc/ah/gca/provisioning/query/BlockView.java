package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.provisioning.BlockDecision;

import java.time.Instant;

/** A blocked construction and its written record (Art. 22). */
public class BlockView {

    /** Where a block stands. */
    public enum Status {
        /** CSSC recorded the block and told GCD; no written record yet */
        BLOCKED,
        /** CSSC wrote and signed the record; GCD has not co-signed */
        RECORD_WRITTEN,
        /** GCD co-signed a record to continue: the activation clock is paused until CSSC resumes */
        PAUSED,
        RESUMED,
        /** GCD co-signed a record to cancel: the form 2 is cancelled */
        CANCELLED
    }

    public String blockId;
    /** the access point concerned; empty when the whole order is blocked */
    public String pointId = "";
    public String reason = "";
    public Status status = Status.BLOCKED;
    public Instant blockedAt;
    /** 处理办法, as written */
    public String agreedHandling = "";
    /** 开通结果, as written */
    public String activationResult = "";
    public BlockDecision decision;
    /** CSSC's signatory (user id) */
    public String csscSignedBy = "";
    public Instant writtenAt;
    /** GCD's signatory (user id) */
    public String gcdSignedBy = "";
    public Instant coSignedAt;
    public String resumeNote = "";
    public Instant resumedAt;

    /** Whether the block still stops construction (not resumed, not ended by a cancellation). */
    public boolean open() {
        return status != Status.RESUMED && status != Status.CANCELLED;
    }
}
