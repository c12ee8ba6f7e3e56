package cn.cmcc.ah.gca.events.presale;

/**
 * Marks a form 1 dispatched for an adjustment of an existing circuit (Art. 35: dispatched together with a form 5
 * and "说明为调整业务").
 *
 * @param partOfAdjustment true for an adjustment; false for a new line, and then both ids are empty
 * @param circuitId        业务编号 of the circuit being adjusted
 * @param adjustmentId     the adjustment request that links this form 1 to its form 5
 */
public record AdjustmentLink(boolean partOfAdjustment, String circuitId, String adjustmentId) {

    public static AdjustmentLink none() {
        return new AdjustmentLink(false, "", "");
    }

    public static AdjustmentLink of(String circuitId, String adjustmentId) {
        return new AdjustmentLink(true, circuitId, adjustmentId);
    }
}
