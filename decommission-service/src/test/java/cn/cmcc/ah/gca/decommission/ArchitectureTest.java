package cn.cmcc.ah.gca.decommission;

import cn.cmcc.ah.gca.support.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void aggregatesStayFreeOfSpringAndWebAndNoOtherServiceIsImported() {
        ArchitectureRules.check("decommission");
    }
}
