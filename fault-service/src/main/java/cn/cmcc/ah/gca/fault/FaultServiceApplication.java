package cn.cmcc.ah.gca.fault;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** After-sale fault handling (Art. 24–31). */
@SpringBootApplication
public class FaultServiceApplication {

    public static final String NAME = "fault-service";

    public static void main(String[] args) {
        GcaApplication.run(FaultServiceApplication.class, NAME, args);
    }
}
