package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.support.test.RejectionMessages;
import org.junit.jupiter.api.Test;

/** Every reason a fault step is refused reaches the caller in Chinese and in English. */
class FaultMessagesTest {

    @Test
    void everyFaultRejectionHasAChineseAndAnEnglishMessageAndNothingIsLeftOver() {
        RejectionMessages.assertComplete(FaultRejection.class, "fault-messages");
    }
}
