package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.support.test.RejectionMessages;
import org.junit.jupiter.api.Test;

/** Every reason a pre-sale step is refused reaches the caller in Chinese and in English. */
class PresaleMessagesTest {

    @Test
    void everyPresaleRejectionHasAChineseAndAnEnglishMessageAndNothingIsLeftOver() {
        RejectionMessages.assertComplete(PresaleRejection.class, "presale-messages");
    }
}
