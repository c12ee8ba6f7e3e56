package cn.cmcc.ah.gca.presale.query;

import java.time.Instant;

/** A product of the catalogue (Art. 6). */
public class ProductView {

    public String productCode;
    public String name;
    /** 成熟产品: GCD makes the solution itself; otherwise a template from the library is needed (Art. 7) */
    public boolean mature;
    public Instant registeredAt;
    public Instant changedAt;
    public String changeReason = "";
}
