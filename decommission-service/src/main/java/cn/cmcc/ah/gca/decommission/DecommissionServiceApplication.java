package cn.cmcc.ah.gca.decommission;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Stop, suspend and adjust, form 5 (Art. 32–37). Domain arrives with its issue. */
@SpringBootApplication
public class DecommissionServiceApplication {

    public static final String NAME = "decommission-service";

    public static void main(String[] args) {
        GcaApplication.run(DecommissionServiceApplication.class, NAME, args);
    }
}
