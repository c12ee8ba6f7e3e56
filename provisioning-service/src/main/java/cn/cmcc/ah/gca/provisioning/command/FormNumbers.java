package cn.cmcc.ah.gca.provisioning.command;

/**
 * The numbers provisioning hands out: circuit ids (业务编号, Art. 21) and form 4 archive numbers (Art. 23). Passed to
 * the aggregate's command handlers as a parameter; the service implements it on the kit's {@code BusinessNumbers}.
 */
public interface FormNumbers {

    /** The form 2 number of a form 1: {@code RC-2026-000123} → {@code RD-2026-000123} (one form 2 per form 1). */
    static String demandFormIdFor(String confirmationFormId) {
        if (confirmationFormId == null || !confirmationFormId.matches("RC-\\d{4}-\\d{6}")) {
            throw new IllegalArgumentException("not a form 1 number: " + confirmationFormId);
        }
        return "RD-" + confirmationFormId.substring(3);
    }

    /**
     * The form 2 of a configuration-only adjustment (Art. 37): its form 5's number with {@code RD-} before it,
     * {@code SD-2026-000002} → {@code RD-SD-2026-000002}, so a classification consumed twice opens one form.
     */
    static String changeFormIdFor(String adjustmentFormId) {
        return "RD-" + adjustmentFormId;
    }

    /** A new circuit id, e.g. {@code CL-2026-000001}. */
    String nextCircuitId();

    /** A new archive number, e.g. {@code AA-2026-000001}. */
    String nextArchiveNumber();
}
