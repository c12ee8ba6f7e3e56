package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;

import java.time.Instant;

/**
 * The unresolved blocked construction of a form 2 (Art. 22): recorded, its record written by CSSC and co-signed by
 * GCD, until construction resumes (or the record cancels the form).
 *
 * @param record   CSSC's latest written record; null before one is written
 * @param coSigned whether GCD co-signed that record
 */
record Block(String blockId, String pointId, Instant blockedAt, BlockRecordWritten record, boolean coSigned) {

    Block written(BlockRecordWritten newRecord) {
        return new Block(blockId, pointId, blockedAt, newRecord, false);
    }

    Block withCoSignature() {
        return new Block(blockId, pointId, blockedAt, record, true);
    }
}
