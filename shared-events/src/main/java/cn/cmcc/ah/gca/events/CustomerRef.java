package cn.cmcc.ah.gca.events;

/**
 * The group customer a form or ticket is for.
 *
 * @param groupId      集团编号
 * @param name         集团名称
 * @param serviceLevel 服务等级
 */
public record CustomerRef(String groupId, String name, ServiceLevel serviceLevel) {
}
