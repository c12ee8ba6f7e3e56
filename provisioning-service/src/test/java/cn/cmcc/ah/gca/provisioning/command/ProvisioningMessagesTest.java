package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.support.test.RejectionMessages;
import org.junit.jupiter.api.Test;

/** Every reason an in-sale step is refused reaches the caller in Chinese and in English. */
class ProvisioningMessagesTest {

    @Test
    void everyProvisioningRejectionHasAChineseAndAnEnglishMessageAndNothingIsLeftOver() {
        RejectionMessages.assertComplete(ProvisioningRejection.class, "provisioning-messages");
    }
}
