package cn.cmcc.ah.gca.provisioning;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** In-sale: demand, work orders and acceptance, forms 2–4 (Art. 17–23). Domain arrives with its issue. */
@SpringBootApplication
public class ProvisioningServiceApplication {

    public static final String NAME = "provisioning-service";

    public static void main(String[] args) {
        GcaApplication.run(ProvisioningServiceApplication.class, NAME, args);
    }
}
