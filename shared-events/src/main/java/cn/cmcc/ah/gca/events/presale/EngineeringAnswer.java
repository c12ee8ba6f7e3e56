package cn.cmcc.ah.gca.events.presale;

/**
 * ENG's answer for an access point that needs it (Art. 12, 14: 能否立项建设及具体拟投产时间).
 *
 * @param referred             true when the point needed ENG; false otherwise, and then the other fields are
 *                             false/empty
 * @param projectApproved      whether ENG approved a project (立项)
 * @param plannedInServiceDate 拟投产时间 of an approved project, ISO-8601; empty when not approved. Art. 19 holds ENG
 *                             to it (the {@code provisioning.engineering} deadline)
 * @param remarks              ENG's remarks; may be empty
 */
public record EngineeringAnswer(boolean referred, boolean projectApproved, String plannedInServiceDate,
                                String remarks) {

    public static EngineeringAnswer notReferred() {
        return new EngineeringAnswer(false, false, "", "");
    }
}
