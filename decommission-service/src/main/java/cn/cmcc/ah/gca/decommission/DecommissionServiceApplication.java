package cn.cmcc.ah.gca.decommission;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** After-sale stop, suspend, resume and adjust (form 5, Art. 32–37), and one history per circuit from every topic. */
@SpringBootApplication
public class DecommissionServiceApplication {

    public static final String NAME = "decommission-service";

    public static void main(String[] args) {
        GcaApplication.run(DecommissionServiceApplication.class, NAME, args);
    }
}
