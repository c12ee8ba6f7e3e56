package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;

/**
 * Where a ticket stands after a step, as the aggregate left it: what each step on a ticket answers.
 *
 * @param status its status
 * @param holder the department holding it
 */
public record TicketState(FaultTicket.Status status, Department holder) {
}
