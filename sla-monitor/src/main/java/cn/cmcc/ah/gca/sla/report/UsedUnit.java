package cn.cmcc.ah.gca.sla.report;

/** The unit a rule's used time is counted in: working days for working-day rules, hours for clock-time rules. */
public enum UsedUnit {
    WORKING_DAYS("工作日"), HOURS("小时");

    private final String label;

    UsedUnit(String label) {
        this.label = label;
    }

    /** The Chinese name, for exports. */
    public String label() {
        return label;
    }
}
