package cn.cmcc.ah.gca.presale;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pre-sale: solution templates and resource confirmation, form 1 (Art. 6–16). Domain arrives with its issue. */
@SpringBootApplication
public class PresaleServiceApplication {

    public static final String NAME = "presale-service";

    public static void main(String[] args) {
        GcaApplication.run(PresaleServiceApplication.class, NAME, args);
    }
}
